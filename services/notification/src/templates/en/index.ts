import type { TemplateSet } from '../event-template';
import { ACCOUNT_EN } from './account.en';
import { CERTIFICATE_EN } from './certificate.en';
import { COMPLAINT_EN } from './complaint.en';
import { DOCUMENT_EN } from './document.en';
import { DOSSIER_EN } from './dossier.en';
import { FINDING_EN } from './finding.en';
import { CANDIDACY_EN } from './candidacy.en';
import { NETWORK_EN } from './network.en';
import { NOTICES_EN } from './notices.en';
import { REMINDER_EN } from './reminder.en';

export const TEMPLATES_EN: TemplateSet = {
  ...DOSSIER_EN,
  ...FINDING_EN,
  ...ACCOUNT_EN,
  ...CERTIFICATE_EN,
  ...DOCUMENT_EN,
  ...NETWORK_EN,
  ...CANDIDACY_EN,
  ...NOTICES_EN,
  ...REMINDER_EN,
  ...COMPLAINT_EN,
};
