import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { EventCountsModule } from '../event-counts/event-counts.module';
import { FindingsModule } from '../findings/findings.module';
import { Projector } from './projector';

/** The projector alone: the service consumes live with it, the rebuild replays with it. */
@Module({
  imports: [DossiersModule, FindingsModule, EventCountsModule],
  providers: [Projector],
  exports: [Projector, DossiersModule, FindingsModule, EventCountsModule],
})
export class ProjectionModule {}
