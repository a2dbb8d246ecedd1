import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import type { z } from 'zod';
import type { NotificationEnv } from './config';
import { MailModule } from './mail/mail.module';

@Module({})
export class AppModule {
  static forRoot(config: z.infer<typeof NotificationEnv>): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot(platformOptionsFromEnv('notification', config)), MailModule],
    };
  }
}
