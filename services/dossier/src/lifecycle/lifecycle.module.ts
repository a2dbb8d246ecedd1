import { Global, Module } from '@nestjs/common';
import { DossierPersistenceModule } from '../dossiers/dossier-persistence.module';
import { DossierGuards } from './dossier-guards';
import { DossierLifecycle } from './dossier-lifecycle.service';
import { LifecycleGuards } from './lifecycle-guards';

/**
 * The dossier aggregate's core, global so the audits and findings modules reach DossierLifecycle,
 * LifecycleGuards and DossierRepository without import cycles.
 */
@Global()
@Module({
  imports: [DossierPersistenceModule],
  providers: [LifecycleGuards, DossierLifecycle, DossierGuards],
  exports: [LifecycleGuards, DossierLifecycle, DossierPersistenceModule],
})
export class LifecycleModule {}
