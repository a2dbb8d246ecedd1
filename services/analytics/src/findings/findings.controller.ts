import { handle, rpcHandlers } from '@certhub/platform';
import { CountFindingsByRequirement } from './count-findings-by-requirement/count-findings-by-requirement.usecase';
import { ListOverdueFindings } from './list-overdue-findings/list-overdue-findings.usecase';

export const FindingsController = rpcHandlers(
  handle('analytics.findings-by-requirement', CountFindingsByRequirement),
  handle('analytics.overdue-findings', ListOverdueFindings),
);
