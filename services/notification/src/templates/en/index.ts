import type { TemplateSet } from '../event-template';
import { ACCOUNT_EN } from './account.en';
import { CERTIFICATE_EN } from './certificate.en';
import { DOSSIER_EN } from './dossier.en';
import { NOTICES_EN } from './notices.en';

export const TEMPLATES_EN: TemplateSet = { ...DOSSIER_EN, ...ACCOUNT_EN, ...CERTIFICATE_EN, ...NOTICES_EN };
