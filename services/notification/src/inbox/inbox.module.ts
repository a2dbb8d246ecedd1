import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CountUnread } from './count-unread/count-unread.usecase';
import { InboxEntryRepository } from './inbox-entry.repository';
import { InboxEntry, InboxEntrySchema } from './inbox-entry.schema';
import { InboxController } from './inbox.controller';
import { ListNotifications } from './list-notifications/list-notifications.usecase';
import { MarkNotificationsRead } from './mark-notifications-read/mark-notifications-read.usecase';

@Module({
  imports: [MongooseModule.forFeature([{ name: InboxEntry.name, schema: InboxEntrySchema }])],
  controllers: [InboxController],
  providers: [InboxEntryRepository, ListNotifications, CountUnread, MarkNotificationsRead],
  exports: [InboxEntryRepository],
})
export class InboxModule {}
