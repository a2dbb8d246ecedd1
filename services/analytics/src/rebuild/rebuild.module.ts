import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { z } from 'zod';
import type { AnalyticsEnv } from '../config';
import { ProjectionModule } from '../projection/projection.module';
import { RebuildReadModels } from './rebuild-read-models';

/** The service's read models and projector, without its live consumption. */
@Module({})
export class RebuildModule {
  static forRoot(config: z.infer<typeof AnalyticsEnv>): DynamicModule {
    return {
      module: RebuildModule,
      imports: [PlatformModule.forRoot(platformOptionsFromEnv('analytics', config)), ProjectionModule],
      providers: [RebuildReadModels],
    };
  }
}
