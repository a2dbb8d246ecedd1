import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AttachmentsModule } from '../attachments/attachments.module';
import { InboxModule } from '../inbox/inbox.module';
import { TemplatesModule } from '../templates/templates.module';
import { DeliverMail } from './deliver-mail/deliver-mail.usecase';
import { MailController } from './mail.controller';
import { MailDispatcher } from './mail-dispatcher';
import { MailLogRepository } from './mail-log.repository';
import { MailLogEntry, MailLogSchema } from './mail-log.schema';
import { RecordUndeliveredMail } from './record-undelivered-mail/record-undelivered-mail.usecase';
import { SendMail } from './send-mail/send-mail.usecase';
import { SmtpMailer } from './smtp-mailer';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: MailLogEntry.name, schema: MailLogSchema }]),
    AttachmentsModule,
    InboxModule,
    TemplatesModule,
  ],
  controllers: [MailController],
  providers: [SmtpMailer, MailLogRepository, DeliverMail, RecordUndeliveredMail, MailDispatcher, SendMail],
  exports: [MailLogRepository, MailDispatcher],
})
export class MailModule {}
