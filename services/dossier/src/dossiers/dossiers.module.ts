import { Module } from '@nestjs/common';
import { FindingsModule } from '../findings/findings.module';
import { SchemesModule } from '../schemes/schemes.module';
import { AbandonDossier } from './abandon-dossier/abandon-dossier.usecase';
import { AssignDossier } from './assign-dossier/assign-dossier.usecase';
import { AssignDossiers } from './assign-dossiers/assign-dossiers.usecase';
import { CreateDossier } from './create-dossier/create-dossier.usecase';
import { DeclareAdmissible } from './declare-admissible/declare-admissible.usecase';
import { DossiersController } from './dossiers.controller';
import { GetDossier } from './get-dossier/get-dossier.usecase';
import { GetQuestionnaire } from './get-questionnaire/get-questionnaire.usecase';
import { IdentityDirectory } from './identity-directory';
import { RecordContract } from './record-contract/record-contract.usecase';
import { SendOffer } from './send-offer/send-offer.usecase';
import { RefuseAdmissibility } from './refuse-admissibility/refuse-admissibility.usecase';
import { SaveQuestionnaire } from './save-questionnaire/save-questionnaire.usecase';
import { SearchDossiers } from './search-dossiers/search-dossiers.usecase';
import { SubmitQuestionnaire } from './submit-questionnaire/submit-questionnaire.usecase';

/** The dossier from its opening to its contract: questionnaire, assignment, admissibility. */
@Module({
  imports: [SchemesModule, FindingsModule],
  controllers: [DossiersController],
  providers: [
    IdentityDirectory,
    CreateDossier,
    GetDossier,
    SearchDossiers,
    AssignDossier,
    AssignDossiers,
    AbandonDossier,
    GetQuestionnaire,
    SaveQuestionnaire,
    SubmitQuestionnaire,
    DeclareAdmissible,
    RefuseAdmissibility,
    RecordContract,
    SendOffer,
  ],
  exports: [IdentityDirectory, CreateDossier, GetQuestionnaire],
})
export class DossiersModule {}
