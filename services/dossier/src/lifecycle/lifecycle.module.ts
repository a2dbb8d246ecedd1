import { Global, Module } from '@nestjs/common';
import { OutboxModule, SequencesModule } from '@certhub/platform';
import { ActiveOrganisations } from './active-organisations';
import { DossierLifecycle } from './dossier-lifecycle';
import { DossierRepository } from './dossier.repository';
import { FindingNumbers } from './finding-numbers';
import { DOSSIER_MODEL, DossierSchema } from './dossier.schema';

/**
 * The dossier aggregate's core, below every feature of the service (dossiers, questionnaire
 * findings, audits, findings, decisions, certification): its schema, repository, read scope,
 * events, lifecycle table and write path, and the shared counters. Global, so that features reach
 * it without importing each other; it imports nothing from them.
 */
@Global()
@Module({
  imports: [OutboxModule.forFeature([{ name: DOSSIER_MODEL, schema: DossierSchema }]), SequencesModule],
  providers: [DossierRepository, FindingNumbers, DossierLifecycle, ActiveOrganisations],
  exports: [DossierRepository, SequencesModule, FindingNumbers, DossierLifecycle, ActiveOrganisations],
})
export class LifecycleModule {}
