import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

/** Reference data the applicant's screens name things with (titles instead of ids). */
export const schemesQuery = queryOptions({
  queryKey: ['schemes'],
  staleTime: 10 * 60_000,
  queryFn: () => unwrap(api.GET('/api/v1/schemes', { params: { query: { pageSize: 100 } } })),
});

export const certificationBodiesQuery = queryOptions({
  queryKey: ['certification-bodies'],
  staleTime: 10 * 60_000,
  queryFn: () => unwrap(api.GET('/api/v1/certification-bodies', { params: { query: { pageSize: 100 } } })),
});

export const dossierQuery = (dossierId: string) =>
  queryOptions({
    queryKey: ['dossiers', dossierId],
    queryFn: () => unwrap(api.GET('/api/v1/dossiers/{dossierId}', { params: { path: { dossierId } } })),
  });

export const questionnaireQuery = (dossierId: string) =>
  queryOptions({
    queryKey: ['dossiers', dossierId, 'questionnaire'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/dossiers/{dossierId}/questionnaire', { params: { path: { dossierId } } })),
  });

export const schemeQuery = (schemeId: string, version: string) =>
  queryOptions({
    queryKey: ['schemes', schemeId, version],
    // A published version never changes.
    staleTime: Infinity,
    queryFn: () =>
      unwrap(api.GET('/api/v1/schemes/{schemeId}', { params: { path: { schemeId }, query: { version } } })),
  });
