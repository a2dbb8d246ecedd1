import type { DossierStatus } from '@certhub/contracts';
import { flagParam, idParam, oneOfParam, pageParam, queryParam, textParam } from '../../lib/search';

/**
 * The work queue's saved views: each one a set of statuses the API filters on in one query, named
 * after the step the CB's staff take on those dossiers. Plain data: the route's search validation
 * loads with the first script.
 */
export const QUEUE_VIEWS = {
  all: [],
  to_instruct: ['submitted', 'corrected'],
  questionnaire_findings: ['findings_on_questionnaire'],
  contract: ['admissible'],
  audit: ['contracted', 'audit_planned', 'audited'],
  findings: ['findings_open'],
  decision: ['decision_pending'],
  certified: ['certified', 'renewal', 'suspended'],
} as const satisfies Record<string, readonly DossierStatus[]>;
export type QueueView = keyof typeof QUEUE_VIEWS;
const VIEW_NAMES = Object.keys(QUEUE_VIEWS) as QueueView[];

export const QUEUE_SORTS = [
  '-updatedAt',
  'createdAt',
  '-createdAt',
  'reference',
  'status',
  'analystId',
] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export interface QueueSearch {
  view?: QueueView;
  status?: DossierStatus;
  scheme?: string;
  level?: string;
  /** `me`, `none` (unassigned) or an analyst's id. */
  analyst?: string;
  /** Only dossiers with an open audit finding past its due date. */
  overdue?: true;
  q?: string;
  sort?: QueueSort;
  page?: number;
}

export const parseQueueSearch = (search: Record<string, unknown>): QueueSearch => ({
  view: oneOfParam(VIEW_NAMES, search['view']),
  status: textParam<DossierStatus>(search['status']),
  scheme: idParam(search['scheme']),
  level: idParam(search['level']),
  analyst: idParam(search['analyst']),
  overdue: flagParam(search['overdue']),
  q: queryParam(search['q']),
  sort: oneOfParam(QUEUE_SORTS, search['sort']),
  page: pageParam(search['page']),
});

/**
 * The statuses asked of the API: a status chosen within the view narrows it; a status outside the
 * view is taken alone (a link from elsewhere names one status).
 */
export function queueStatuses(search: QueueSearch): DossierStatus[] {
  if (search.status) return [search.status];
  return [...QUEUE_VIEWS[search.view ?? 'all']];
}

/** The API's `analystId` filter for the URL's `analyst`: `me` is the signed-in user. */
export const analystFilter = (analyst: string | undefined, me: string | undefined): string | undefined =>
  analyst === 'me' ? me : analyst;

/** Whole days since `from`, as the queue's "age" column shows it. */
export const ageInDays = (from: string, now: Date = new Date()): number =>
  Math.max(0, Math.floor((now.getTime() - new Date(from).getTime()) / 86_400_000));
