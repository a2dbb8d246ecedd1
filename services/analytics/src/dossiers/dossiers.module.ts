import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CountAuditsPerMonth } from './count-audits-per-month/count-audits-per-month.usecase';
import { CountDossiersByStatus } from './count-dossiers-by-status/count-dossiers-by-status.usecase';
import { DossierStateRepository } from './dossier-state.repository';
import { DossierState, DossierStateSchema } from './dossier-state.schema';
import { DossiersController } from './dossiers.controller';

@Module({
  imports: [MongooseModule.forFeature([{ name: DossierState.name, schema: DossierStateSchema }])],
  controllers: [DossiersController],
  providers: [DossierStateRepository, CountDossiersByStatus, CountAuditsPerMonth],
  exports: [DossierStateRepository, CountDossiersByStatus, CountAuditsPerMonth],
})
export class DossiersModule {}
