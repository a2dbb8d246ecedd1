import { Module, type DynamicModule } from '@nestjs/common';
import { serviceRoot } from '@certhub/platform';
import type { z } from 'zod';
import type { AnalyticsEnv } from './config';
import { CandidaciesModule } from './candidacies/candidacies.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { ExportModule } from './export/export.module';
import { LeadTimesModule } from './lead-times/lead-times.module';
import { LiveProjection } from './projection/live-projection';
import { ProjectionModule } from './projection/projection.module';

@Module({})
export class AppModule {
  static forRoot(config: z.infer<typeof AnalyticsEnv>): DynamicModule {
    return {
      ...serviceRoot(AppModule, 'analytics', config, [
        ProjectionModule,
        DashboardModule,
        LeadTimesModule,
        ExportModule,
        CandidaciesModule,
      ]),
      providers: [LiveProjection],
    };
  }
}
