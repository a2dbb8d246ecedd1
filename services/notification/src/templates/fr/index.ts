import type { TemplateSet } from '../event-template';
import { ACCOUNT_FR } from './account.fr';
import { CERTIFICATE_FR } from './certificate.fr';
import { DOSSIER_FR } from './dossier.fr';
import { NOTICES_FR } from './notices.fr';

export const TEMPLATES_FR: TemplateSet = { ...DOSSIER_FR, ...ACCOUNT_FR, ...CERTIFICATE_FR, ...NOTICES_FR };
