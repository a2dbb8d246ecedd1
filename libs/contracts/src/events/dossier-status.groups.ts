import type { DossierStatus } from './dossier.events';

/**
 * Statuses before the contract is signed: the applicant may still abandon the application
 * (docs/domain/organisation-certification.md#lifecycle). The dossier service's lifecycle table
 * enforces it; the portal offers the action only then.
 */
export const BEFORE_CONTRACT_STATUSES = [
  'draft',
  'submitted',
  'findings_on_questionnaire',
  'corrected',
  'admissible',
  'contracted',
] as const satisfies readonly DossierStatus[];
