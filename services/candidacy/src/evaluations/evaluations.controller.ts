import { handle, rpcHandlers } from '@certhub/platform';
import { FinaliseEvaluation } from './finalise-evaluation/finalise-evaluation.usecase';
import { GetEvaluation } from './get-evaluation/get-evaluation.usecase';
import { ListEvaluations } from './list-evaluations/list-evaluations.usecase';
import { OpenEvaluation } from './open-evaluation/open-evaluation.usecase';
import { ReopenEvaluation } from './reopen-evaluation/reopen-evaluation.usecase';
import { SaveEvaluation } from './save-evaluation/save-evaluation.usecase';

export const EvaluationsController = rpcHandlers(
  handle('candidacy.evaluations.open', OpenEvaluation),
  handle('candidacy.evaluations.save', SaveEvaluation),
  handle('candidacy.evaluations.finalise', FinaliseEvaluation),
  handle('candidacy.evaluations.reopen', ReopenEvaluation),
  handle('candidacy.evaluations.list', ListEvaluations),
  handle('candidacy.evaluations.get', GetEvaluation),
);
