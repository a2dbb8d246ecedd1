import type { DossierStatus } from '@certhub/contracts';

/** The applicant's questionnaire can change while the CB has not taken it, or after its findings. */
export const EDITABLE: readonly DossierStatus[] = ['draft', 'findings_on_questionnaire'];
