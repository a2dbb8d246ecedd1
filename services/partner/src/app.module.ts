import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { z } from 'zod';
import type { PartnerEnv } from './config';

@Module({})
export class AppModule {
  static forRoot(config: z.infer<typeof PartnerEnv>): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(platformOptionsFromEnv('partner', config))],
    };
  }
}
