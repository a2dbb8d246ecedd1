import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import {
  AddMailAttachment,
  ListMailAttachments,
  OpenMailAttachmentsContext,
  RemoveMailAttachment,
} from './file-mail-attachments.usecases';
import { MailAttachmentFiles } from './mail-attachment-files';
import { MailAttachmentRepository } from './mail-attachment.repository';
import { MailAttachmentRecord, MailAttachmentSchema } from './mail-attachment.schema';
import { MailAttachmentsController } from './mail-attachments.controller';
import { MailAttachmentsContext } from './mail-attachments-context';

@Module({
  imports: [MongooseModule.forFeature([{ name: MailAttachmentRecord.name, schema: MailAttachmentSchema }])],
  controllers: [MailAttachmentsController],
  providers: [
    MailAttachmentRepository,
    MailAttachmentsContext,
    MailAttachmentFiles,
    OpenMailAttachmentsContext,
    AddMailAttachment,
    ListMailAttachments,
    RemoveMailAttachment,
  ],
  exports: [MailAttachmentRepository, MailAttachmentFiles],
})
export class AttachmentsModule {}
