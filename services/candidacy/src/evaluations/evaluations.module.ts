import { Module } from '@nestjs/common';
import { CandidacyModule } from '../candidacy/candidacy.module';
import { EvaluationsController } from './evaluations.controller';
import { FinaliseEvaluation } from './finalise-evaluation/finalise-evaluation.usecase';
import { GetEvaluation } from './get-evaluation/get-evaluation.usecase';
import { ListEvaluations } from './list-evaluations/list-evaluations.usecase';
import { OpenEvaluation } from './open-evaluation/open-evaluation.usecase';
import { ReopenEvaluation } from './reopen-evaluation/reopen-evaluation.usecase';
import { SaveEvaluation } from './save-evaluation/save-evaluation.usecase';

/** The candidates' evaluations against the CléA framework, kept on the candidacy they move. */
@Module({
  imports: [CandidacyModule],
  controllers: [EvaluationsController],
  providers: [
    OpenEvaluation,
    SaveEvaluation,
    FinaliseEvaluation,
    ReopenEvaluation,
    ListEvaluations,
    GetEvaluation,
  ],
  exports: [SaveEvaluation],
})
export class EvaluationsModule {}
