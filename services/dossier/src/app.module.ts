import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, platformOptionsFromEnv } from '@certhub/platform';
import { AuditsModule } from './audits/audits.module';
import { CertificationModule } from './certification/certification.module';
import type { DossierConfig } from './config';
import { DecisionsModule } from './decisions/decisions.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { EvidenceModule } from './evidence/evidence.module';
import { FindingsModule } from './findings/findings.module';
import { LifecycleModule } from './lifecycle/lifecycle.module';
import { QuestionnaireExportsModule } from './questionnaire-exports/questionnaire-exports.module';
import { QuestionnaireFindingsModule } from './questionnaire-findings/questionnaire-findings.module';
import { RemindersModule } from './reminders/reminders.module';
import { SchemesModule } from './schemes/schemes.module';
import { TrailModule } from './trail/trail.module';

@Module({})
export class AppModule {
  static forRoot(config: DossierConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(platformOptionsFromEnv('dossier', config)),
        SchemesModule,
        LifecycleModule,
        EvidenceModule,
        DossiersModule,
        QuestionnaireFindingsModule,
        DecisionsModule,
        CertificationModule,
        TrailModule,
        AuditsModule,
        FindingsModule,
        QuestionnaireExportsModule,
        RemindersModule,
      ],
    };
  }
}
