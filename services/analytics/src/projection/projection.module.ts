import { Module } from '@nestjs/common';
import { CandidaciesModule } from '../candidacies/candidacies.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { EventCountsModule } from '../event-counts/event-counts.module';
import { FindingsModule } from '../findings/findings.module';
import { Projector } from './projector';

/** The projector alone: the service consumes live with it, the rebuild replays with it. */
@Module({
  imports: [DossiersModule, FindingsModule, EventCountsModule, CandidaciesModule],
  providers: [Projector],
  exports: [Projector, DossiersModule, FindingsModule, EventCountsModule, CandidaciesModule],
})
export class ProjectionModule {}
