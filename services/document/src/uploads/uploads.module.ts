import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DocumentsModule } from '../documents/documents.module';
import { AbortUpload } from './abort-upload/abort-upload.usecase';
import { CompleteUpload } from './complete-upload/complete-upload.usecase';
import { CreateUpload } from './create-upload/create-upload.usecase';
import { ExpireUploads } from './expire-uploads/expire-uploads.job';
import { OwnUpload } from './own-upload';
import { UploadPart } from './upload-part/upload-part.usecase';
import { UploadPartsController } from './upload-parts.controller';
import { UploadSessionRecord, UploadSessionSchema } from './upload-session.schema';
import { UploadSessionRepository } from './upload-session.repository';
import { UploadsController } from './uploads.controller';

/** Resumable uploads: an S3 multipart upload per file, completed through the single upload's checks. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: UploadSessionRecord.name, schema: UploadSessionSchema }]),
    DocumentsModule,
  ],
  controllers: [UploadsController, UploadPartsController],
  providers: [
    UploadSessionRepository,
    OwnUpload,
    CreateUpload,
    UploadPart,
    CompleteUpload,
    AbortUpload,
    ExpireUploads,
  ],
})
export class UploadsModule {}
