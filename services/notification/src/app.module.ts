import { Module, type DynamicModule } from '@nestjs/common';
import { serviceRoot } from '@certhub/platform';
import type { NotificationConfig } from './config';
import { EventsModule } from './events/events.module';
import { InboxModule } from './inbox/inbox.module';
import { MailModule } from './mail/mail.module';
import { PreferencesModule } from './preferences/preferences.module';

@Module({})
export class AppModule {
  static forRoot(config: NotificationConfig): DynamicModule {
    return serviceRoot(AppModule, 'notification', config, [
      InboxModule,
      PreferencesModule,
      MailModule,
      EventsModule,
    ]);
  }
}
