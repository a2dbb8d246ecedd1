import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ContextRepository } from './context.repository';
import { DocumentContextRecord, DocumentContextSchema } from './context.schema';
import { ContextsController } from './contexts.controller';
import { UpsertContext } from './upsert-context/upsert-context.usecase';

/** Upload contexts: who reads and writes, and the rules, as their owning service registered them. */
@Module({
  imports: [MongooseModule.forFeature([{ name: DocumentContextRecord.name, schema: DocumentContextSchema }])],
  controllers: [ContextsController],
  providers: [ContextRepository, UpsertContext],
  exports: [ContextRepository],
})
export class ContextsModule {}
