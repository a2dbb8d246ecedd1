import { handle, rpcHandlers } from '@certhub/platform';
import { AuditChecklist } from './audit-checklist/audit-checklist.usecase';
import { DeclareFindingsRecorded } from './declare-findings-recorded/declare-findings-recorded.usecase';
import { EditItems } from './edit-items/edit-items.usecase';
import { FindingThread } from './finding-thread/finding-thread.usecase';
import { InstructFinding } from './instruct-finding/instruct-finding.usecase';
import { RecordFinding } from './record-finding/record-finding.usecase';
import { ResultSheet } from './result-sheet/result-sheet.usecase';
import { ReviewItem } from './review-item/review-item.usecase';
import { SearchFindings } from './search-findings/search-findings.usecase';
import { SendItems } from './send-items/send-items.usecase';

/** The findings' NATS subjects, each answered by its use case. */
export const FindingsController = rpcHandlers(
  handle('dossier.findings.record', RecordFinding),
  handle('dossier.audits.findings-recorded', DeclareFindingsRecorded),
  handle('dossier.findings.get', SearchFindings, 'get'),
  handle('dossier.findings.search', SearchFindings),
  handle('dossier.findings.confirm', InstructFinding, 'confirm'),
  handle('dossier.findings.reject', InstructFinding, 'reject'),
  handle('dossier.findings.request-measures', InstructFinding, 'requestMeasures'),
  handle('dossier.findings.request-proofs', InstructFinding, 'requestProofs'),
  handle('dossier.findings.items.add', EditItems, 'add'),
  handle('dossier.findings.items.edit', EditItems, 'edit'),
  handle('dossier.findings.items.set-ready', EditItems, 'setReady'),
  handle('dossier.findings.items.review', ReviewItem),
  handle('dossier.findings.send', SendItems),
  handle('dossier.findings.messages.post', FindingThread, 'post'),
  handle('dossier.findings.messages.list', FindingThread, 'list'),
  handle('dossier.findings.checklist', AuditChecklist),
  handle('dossier.audits.result-sheet', ResultSheet, 'get'),
  handle('dossier.audits.verdicts', ResultSheet),
);
