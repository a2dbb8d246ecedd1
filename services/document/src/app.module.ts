import { Module, type DynamicModule } from '@nestjs/common';
import { serviceRoot } from '@certhub/platform';
import { DOCUMENTS_BUCKET, type DocumentConfig } from './config';
import { ContextsModule } from './contexts/contexts.module';
import { DocumentsModule } from './documents/documents.module';
import { UploadsModule } from './uploads/uploads.module';

@Module({})
export class AppModule {
  static forRoot(config: DocumentConfig): DynamicModule {
    return serviceRoot(AppModule, 'document', config, [ContextsModule, DocumentsModule, UploadsModule], {
      buckets: [DOCUMENTS_BUCKET],
    });
  }
}
