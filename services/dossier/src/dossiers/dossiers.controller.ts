import { handle, rpcHandlers } from '@certhub/platform';
import { AbandonDossier } from './abandon-dossier/abandon-dossier.usecase';
import { AssignDossier } from './assign-dossier/assign-dossier.usecase';
import { AssignDossiers } from './assign-dossiers/assign-dossiers.usecase';
import { CreateDossier } from './create-dossier/create-dossier.usecase';
import { DeclareAdmissible } from './declare-admissible/declare-admissible.usecase';
import { GetDossier } from './get-dossier/get-dossier.usecase';
import { GetQuestionnaire } from './get-questionnaire/get-questionnaire.usecase';
import { RecordContract } from './record-contract/record-contract.usecase';
import { SendOffer } from './send-offer/send-offer.usecase';
import { RefuseAdmissibility } from './refuse-admissibility/refuse-admissibility.usecase';
import { SaveQuestionnaire } from './save-questionnaire/save-questionnaire.usecase';
import { SearchDossiers } from './search-dossiers/search-dossiers.usecase';
import { SubmitQuestionnaire } from './submit-questionnaire/submit-questionnaire.usecase';

/** The dossiers' NATS subjects, each answered by its use case. */
export const DossiersController = rpcHandlers(
  handle('dossier.dossiers.create', CreateDossier),
  handle('dossier.dossiers.get', GetDossier),
  handle('dossier.dossiers.search', SearchDossiers),
  handle('dossier.dossiers.assign', AssignDossier),
  handle('dossier.dossiers.assign-many', AssignDossiers),
  handle('dossier.dossiers.abandon', AbandonDossier),
  handle('dossier.questionnaire.get', GetQuestionnaire),
  handle('dossier.questionnaire.save', SaveQuestionnaire),
  handle('dossier.questionnaire.submit', SubmitQuestionnaire),
  handle('dossier.admissibility.declare', DeclareAdmissible),
  handle('dossier.admissibility.refuse', RefuseAdmissibility),
  handle('dossier.offers.send', SendOffer),
  handle('dossier.offers.sign', SendOffer, 'sign'),
  handle('dossier.contracts.record', RecordContract),
);
