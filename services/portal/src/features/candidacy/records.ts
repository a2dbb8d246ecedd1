import {
  TRAINING_STAFF,
  type Candidate,
  type Evaluation,
  type Role,
  type Training,
} from '@certhub/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { UploadRules } from '../upload/UploadZone';

/** The query key of a candidate; its records (evaluations, trainings, certification) hang below it. */
export const candidateKey = (candidateId: string) => ['candidates', candidateId] as const;

/** The rules of the candidate's upload context (`filesContextId`), said before a file is chosen (the document service checks them again). */
export const CANDIDATE_FILE_RULES: UploadRules = {
  accept: ['.pdf', '.xlsx', '.xls', '.docx', '.doc', '.zip'],
  maxBytes: 4 * 1024 ** 2,
  maxCount: 20,
};

/** Everyone of the network records evaluations and trainings; the API checks the perimeter. */
export const TRAINING_SIDE: readonly Role[] = TRAINING_STAFF;
export const CERTIFIER_STAFF: readonly Role[] = ['cb_admin', 'certifier_staff'];

export const hasRole = (roles: readonly Role[] | undefined, allowed: readonly Role[]) =>
  (roles ?? []).some((r) => allowed.includes(r));

export function useEvaluations(candidateId: string) {
  return useQuery({
    queryKey: [...candidateKey(candidateId), 'evaluations'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/candidates/{candidateId}/evaluations', {
          params: { path: { candidateId }, query: { pageSize: 50 } },
        }),
      ),
  });
}

export function useTrainings(candidateId: string) {
  return useQuery({
    queryKey: [...candidateKey(candidateId), 'trainings'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/candidates/{candidateId}/trainings', {
          params: { path: { candidateId }, query: { pageSize: 50 } },
        }),
      ),
  });
}

export function useFramework(version?: string) {
  return useQuery({
    queryKey: ['clea-framework', version ?? 'current'],
    staleTime: Infinity,
    queryFn: () =>
      unwrap(api.GET('/api/v1/clea-framework', { params: { query: version ? { version } : {} } })),
  });
}

/** After a change to one record the candidate's status and version move too. */
export function useRefreshCandidate(candidateId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: candidateKey(candidateId) });
    await queryClient.invalidateQueries({ queryKey: ['candidates'], exact: false, refetchType: 'none' });
  };
}

/**
 * The API's rule for a final evaluation, said before it refuses: a certificate of attendance
 * recorded after the latest finalised evaluation.
 */
export function trainedSinceLastEvaluation(evaluations: Evaluation[], trainings: Training[]): boolean {
  const last = evaluations
    .filter((e) => e.status === 'finalised')
    .map((e) => e.finalisedAt ?? e.createdAt)
    .sort()
    .at(-1);
  return trainings.some(
    (t) => t.attendanceCertificateDocumentId && (!last || new Date(t.recordedAt) > new Date(last)),
  );
}

/** What the candidacy awaits decides which evaluation comes next, if any. */
export const awaitsEvaluation = (c: Pick<Candidate, 'status'>) =>
  c.status === 'awaiting_preliminary_evaluation' || c.status === 'awaiting_final_evaluation';
