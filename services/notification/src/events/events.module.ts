import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { InboxModule } from '../inbox/inbox.module';
import { MailModule } from '../mail/mail.module';
import { PreferencesModule } from '../preferences/preferences.module';
import { RecipientResolver } from '../routing/recipient-resolver';
import { TemplatesModule } from '../templates/templates.module';
import { NotificationEventsConsumer } from './notification-events.consumer';
import { NotifyEvent } from './notify-event/notify-event.usecase';

@Module({
  imports: [AttachmentsModule, InboxModule, MailModule, PreferencesModule, TemplatesModule],
  providers: [RecipientResolver, NotifyEvent, NotificationEventsConsumer],
})
export class EventsModule {}
