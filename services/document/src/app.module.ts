import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import { DOCUMENTS_BUCKET, type DocumentConfig } from './config';
import { ContextsModule } from './contexts/contexts.module';
import { DocumentsModule } from './documents/documents.module';
import { UploadsModule } from './uploads/uploads.module';

@Module({})
export class AppModule {
  static forRoot(config: DocumentConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(platformOptionsFromEnv('document', config, { buckets: [DOCUMENTS_BUCKET] })),
        ContextsModule,
        DocumentsModule,
        UploadsModule,
      ],
    };
  }
}
