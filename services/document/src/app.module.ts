import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { z } from 'zod';
import type { DocumentEnv } from './config';

@Module({})
export class AppModule {
  static forRoot(config: z.infer<typeof DocumentEnv>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(
          platformOptionsFromEnv('document', config, { buckets: ['certhub-documents'] }),
        ),
      ],
    };
  }
}
