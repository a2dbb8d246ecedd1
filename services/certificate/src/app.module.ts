import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { z } from 'zod';
import type { CertificateEnv } from './config';
import { RenderingModule } from './rendering/rendering.module';

@Module({})
export class AppModule {
  static forRoot(config: z.infer<typeof CertificateEnv>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(
          platformOptionsFromEnv('certificate', config, { buckets: ['certhub-certificates'] }),
        ),
        RenderingModule,
      ],
    };
  }
}
