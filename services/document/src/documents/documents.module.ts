import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxModule } from '@certhub/platform';
import { ContextsController } from '../contexts/contexts.controller';
import { ContextsModule } from '../contexts/contexts.module';
import { UpsertContext } from '../contexts/upsert-context/upsert-context.usecase';
import { DocumentStorage } from '../storage/document-storage';
import { CheckDocuments } from './check-documents/check-documents.usecase';
import { DeleteDocument } from './delete-document/delete-document.usecase';
import { DocumentAccess } from './document-access';
import { DocumentFilesController } from './document-files.controller';
import { DocumentRecord, DocumentRecordSchema } from './document.schema';
import { DocumentRepository } from './document.repository';
import { DocumentsController } from './documents.controller';
import { DownloadDocument } from './download-document/download-document.usecase';
import { ListDocuments } from './list-documents/list-documents.usecase';
import { PendingUpload, PendingUploadSchema } from './pending-upload.schema';
import { PendingUploadRepository } from './pending-upload.repository';
import { ReadSpreadsheet } from './read-spreadsheet/read-spreadsheet.usecase';
import { PurgeDocuments } from './purge-documents/purge-documents.job';
import { ReconcileUploads } from './reconcile-uploads/reconcile-uploads.job';
import { ContentChecks } from './upload-document/content-checks';
import { TemplateSeeder } from '../templates/template-seeder';
import { UploadDocument } from './upload-document/upload-document.usecase';

/** Documents: metadata over NATS, bytes over the internal HTTP routes, retention and reconciliation. */
@Module({
  imports: [
    OutboxModule.forFeature([{ name: DocumentRecord.name, schema: DocumentRecordSchema }]),
    MongooseModule.forFeature([{ name: PendingUpload.name, schema: PendingUploadSchema }]),
    ContextsModule,
  ],
  controllers: [DocumentsController, DocumentFilesController, ContextsController],
  providers: [
    DocumentStorage,
    DocumentRepository,
    PendingUploadRepository,
    DocumentAccess,
    ContentChecks,
    UploadDocument,
    DownloadDocument,
    DeleteDocument,
    CheckDocuments,
    ListDocuments,
    ReadSpreadsheet,
    PurgeDocuments,
    ReconcileUploads,
    TemplateSeeder,
    UpsertContext,
  ],
  // What resumable uploads share with the single upload: access, storage and registration.
  exports: [DocumentStorage, DocumentRepository, PendingUploadRepository, DocumentAccess, UploadDocument],
})
export class DocumentsModule {}
