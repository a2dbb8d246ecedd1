import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { SchemesModule } from '../schemes/schemes.module';
import { QuestionnaireExportsController } from './questionnaire-exports.controller';

/** Questionnaire exports (PDF, Excel), served to the gateway over internal HTTP. */
@Module({
  imports: [SchemesModule, DossiersModule],
  controllers: [QuestionnaireExportsController],
})
export class QuestionnaireExportsModule {}
