import { handle, rpcHandlers } from '@certhub/platform';
import { ListDecisions } from './list-decisions/list-decisions.usecase';
import { RecordDecision } from './record-decision/record-decision.usecase';

/** The decisions' NATS subjects, each answered by its use case. */
export const DecisionsController = rpcHandlers(
  handle('dossier.decisions.record', RecordDecision),
  handle('dossier.decisions.list', ListDecisions),
);
