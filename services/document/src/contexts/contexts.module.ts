import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ContextRepository } from './context.repository';
import { DocumentContextRecord, DocumentContextSchema } from './context.schema';

/**
 * Upload contexts: who reads and writes, and the rules, as their owning service registered them.
 * Their registration (ContextsController) is served by DocumentsModule: moving a context's owner
 * moves its documents too.
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: DocumentContextRecord.name, schema: DocumentContextSchema }])],
  providers: [ContextRepository],
  exports: [ContextRepository],
})
export class ContextsModule {}
