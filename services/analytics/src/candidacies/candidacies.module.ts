import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CandidaciesController } from './candidacies.controller';
import { CandidacyExportController } from './candidacy-export.controller';
import { CandidacyStateRepository } from './candidacy-state.repository';
import { CandidacyState, CandidacyStateSchema } from './candidacy-state.schema';
import { GetCandidacyDashboard } from './get-candidacy-dashboard/get-candidacy-dashboard.usecase';
import { GetCandidacyStats } from './get-candidacy-stats/get-candidacy-stats.usecase';
import { ListAbandonedCandidacies } from './list-abandoned-candidacies/list-abandoned-candidacies.usecase';

/** The individuals' line's figures: the candidacy read model, its reports and exports. */
@Module({
  imports: [MongooseModule.forFeature([{ name: CandidacyState.name, schema: CandidacyStateSchema }])],
  controllers: [CandidaciesController, CandidacyExportController],
  providers: [CandidacyStateRepository, GetCandidacyDashboard, GetCandidacyStats, ListAbandonedCandidacies],
  exports: [CandidacyStateRepository],
})
export class CandidaciesModule {}
