import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { handle, rpcHandlers } from '@certhub/platform';
import { SchemesModule } from '../schemes/schemes.module';
import { AuditorDirectory } from './auditor-directory';
import { DemoQualifications } from './demo-qualifications';
import { QualificationRepository } from './qualification.repository';
import { QUALIFICATION_MODEL, QualificationSchema } from './qualification.schema';
import { QualifyAuditor } from './qualify-auditor/qualify-auditor.usecase';
import { SearchQualifications } from './search-qualifications/search-qualifications.usecase';

const QualificationsController = rpcHandlers(
  handle('dossier.qualifications.create', QualifyAuditor),
  handle('dossier.qualifications.update', QualifyAuditor, 'update'),
  handle('dossier.qualifications.delete', QualifyAuditor, 'delete'),
  handle('dossier.qualifications.search', SearchQualifications),
);

/** The CB's register of auditor qualifications per scheme, and the directory planning asks who may be booked. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: QUALIFICATION_MODEL, schema: QualificationSchema }]),
    SchemesModule,
  ],
  controllers: [QualificationsController],
  providers: [
    QualificationRepository,
    AuditorDirectory,
    QualifyAuditor,
    SearchQualifications,
    DemoQualifications,
  ],
  exports: [AuditorDirectory],
})
export class QualificationsModule {}
