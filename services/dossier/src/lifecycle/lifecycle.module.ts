import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxModule } from '@certhub/platform';
import { DossierLifecycle } from './dossier-lifecycle';
import { DossierRepository } from './dossier.repository';
import { FindingNumbers } from './finding-numbers';
import { DOSSIER_MODEL, DossierSchema } from './dossier.schema';
import { SequenceRepository } from './sequence.repository';
import { SEQUENCE_MODEL, SequenceSchema } from './sequence.schema';

/**
 * The dossier aggregate's core, below every feature of the service (dossiers, questionnaire
 * findings, audits, findings, decisions, certification): its schema, repository, read scope,
 * events, lifecycle table and write path, and the shared counters. Global, so that features reach
 * it without importing each other; it imports nothing from them.
 */
@Global()
@Module({
  imports: [
    OutboxModule.forFeature([{ name: DOSSIER_MODEL, schema: DossierSchema }]),
    MongooseModule.forFeature([{ name: SEQUENCE_MODEL, schema: SequenceSchema }]),
  ],
  providers: [DossierRepository, SequenceRepository, FindingNumbers, DossierLifecycle],
  exports: [DossierRepository, SequenceRepository, FindingNumbers, DossierLifecycle],
})
export class LifecycleModule {}
