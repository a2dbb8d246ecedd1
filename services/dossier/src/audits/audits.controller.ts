import { handle, rpcHandlers } from '@certhub/platform';
import { CancelAudit } from './cancel-audit/cancel-audit.usecase';
import { CompleteAudit } from './complete-audit/complete-audit.usecase';
import { PlanAudit } from './plan-audit/plan-audit.usecase';
import { RescheduleAudit } from './reschedule-audit/reschedule-audit.usecase';
import { SearchAudits } from './search-audits/search-audits.usecase';

/** The audits' NATS subjects, each answered by its use case. */
export const AuditsController = rpcHandlers(
  handle('dossier.audits.plan', PlanAudit),
  handle('dossier.audits.reschedule', RescheduleAudit),
  handle('dossier.audits.cancel', CancelAudit),
  handle('dossier.audits.complete', CompleteAudit),
  handle('dossier.audits.get', SearchAudits, 'get'),
  handle('dossier.audits.search', SearchAudits),
  handle('dossier.audits.upcoming', SearchAudits, 'upcoming'),
);
