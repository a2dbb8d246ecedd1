import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { FindingsModule } from '../findings/findings.module';
import { SchemesModule } from '../schemes/schemes.module';
import { QuestionnaireExportsController } from './questionnaire-exports.controller';

/** Questionnaire exports (PDF, Excel) and the audit result sheet (Excel), served to the gateway over internal HTTP. */
@Module({
  imports: [SchemesModule, DossiersModule, FindingsModule],
  controllers: [QuestionnaireExportsController],
})
export class QuestionnaireExportsModule {}
