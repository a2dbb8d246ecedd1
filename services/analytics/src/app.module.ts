import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { z } from 'zod';
import type { AnalyticsEnv } from './config';
import { EventCountsModule } from './event-counts/event-counts.module';

@Module({})
export class AppModule {
  static forRoot(config: z.infer<typeof AnalyticsEnv>): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(platformOptionsFromEnv('analytics', config)), EventCountsModule],
    };
  }
}
