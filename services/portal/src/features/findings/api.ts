import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type Finding =
  paths['/api/v1/findings/{findingId}']['get']['responses'][200]['content']['application/json'];
export type FindingItem = Finding['items'][number];
export type ItemKind = FindingItem['kind'];

/** Where the applicant writes: measures while they are asked for, proofs likewise. */
export const OPEN_FOR: Record<ItemKind, readonly Finding['status'][]> = {
  measure: ['measures_requested', 'measures_clarification'],
  proof: ['proofs_requested', 'proofs_clarification'],
};

/** The upload context the dossier service opens for a finding's proofs. */
export const proofsContextId = (findingId: string) => `finding:${findingId}:proofs`;

export const dossierFindingsQuery = (dossierId: string) =>
  queryOptions({
    queryKey: ['findings', { dossierId }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/findings', {
          params: { query: { dossierId, pageSize: 100, sort: 'dueDate' } },
        }),
      ),
  });

/** A step on a finding (it answers the finding): the list refreshed once it is done. */
export function useFindingStep<A>(step: (args: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: step,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['findings'] }),
  });
}
