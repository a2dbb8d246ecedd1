import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { z } from 'zod';
import { ComplaintsModule } from './complaints/complaints.module';
import type { ComplaintsEnv } from './config';

/** Complaints and appeals: lodged, acknowledged, investigated and answered under the certification body’s impartiality rules */
@Module({})
export class AppModule {
  static forRoot(config: z.infer<typeof ComplaintsEnv>): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(platformOptionsFromEnv('complaints', config)), ComplaintsModule],
    };
  }
}
