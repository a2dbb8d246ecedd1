import type { Candidate, CandidateFields } from '@certhub/contracts';
import { filesContextId } from '../candidacy/candidate-files';
import type { CandidateView } from '../candidacy/candidate.schema';

/** The form's fields, as stored: only those the candidate has. */
export const FORM_FIELDS = [
  'civility',
  'birthName',
  'usageName',
  'firstName',
  'birthDate',
  'bornAbroad',
  'bornInOverseasCollectivity',
  'birthCountry',
  'birthCollectivity',
  'birthCity',
  'birthPostalCode',
  'email',
  'phone',
  'address',
  'registrationStatus',
  'delegatedBranch',
  'contextualisedBase',
  'publicType',
  'trainingLevel',
  'mainFunder',
  'approachOrigin',
  'professionalGoals',
  'personalGoals',
] as const satisfies readonly (keyof CandidateFields)[];

export function formOf(source: Partial<CandidateFields>): Partial<CandidateFields> {
  return Object.fromEntries(
    FORM_FIELDS.flatMap((f) => (source[f] === undefined || source[f] === null ? [] : [[f, source[f]]])),
  );
}

export const toCandidateResponse = (c: CandidateView): Candidate =>
  ({
    ...formOf(c),
    id: c._id,
    reference: c.reference,
    establishmentId: c.establishmentId,
    establishmentName: c.establishmentName,
    trainingOrganisationId: c.trainingOrganisationId,
    networkId: c.networkId,
    certifierId: c.certifierId,
    status: c.status,
    active: c.active,
    ...(c.abandon ? { abandonReason: c.abandon.reason } : {}),
    filesContextId: filesContextId(c._id),
    version: c.version,
    createdAt: new Date(c.createdAt).toISOString(),
    updatedAt: new Date(c.updatedAt).toISOString(),
  }) as Candidate;
