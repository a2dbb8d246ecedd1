import { Module } from '@nestjs/common';
import { CandidacyModule } from '../candidacy/candidacy.module';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { ImportEvaluationMatrix } from '../evaluations/import-evaluation-matrix/import-evaluation-matrix.usecase';
import { CandidacyFilesController } from './candidacy-files.controller';

/** The candidate sheet and the evaluation matrix, streamed by the gateway from internal routes. */
@Module({
  imports: [CandidacyModule, EvaluationsModule],
  controllers: [CandidacyFilesController],
  providers: [ImportEvaluationMatrix],
})
export class FilesModule {}
