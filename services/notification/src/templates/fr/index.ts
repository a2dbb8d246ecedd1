import type { TemplateSet } from '../event-template';
import { ACCOUNT_FR } from './account.fr';
import { CERTIFICATE_FR } from './certificate.fr';
import { COMPLAINT_FR } from './complaint.fr';
import { DOCUMENT_FR } from './document.fr';
import { DOSSIER_FR } from './dossier.fr';
import { FINDING_FR } from './finding.fr';
import { CANDIDACY_FR } from './candidacy.fr';
import { NETWORK_FR } from './network.fr';
import { NOTICES_FR } from './notices.fr';
import { REMINDER_FR } from './reminder.fr';

export const TEMPLATES_FR: TemplateSet = {
  ...DOSSIER_FR,
  ...FINDING_FR,
  ...ACCOUNT_FR,
  ...CERTIFICATE_FR,
  ...DOCUMENT_FR,
  ...NETWORK_FR,
  ...CANDIDACY_FR,
  ...NOTICES_FR,
  ...REMINDER_FR,
  ...COMPLAINT_FR,
};
