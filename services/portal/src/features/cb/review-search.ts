import type { FindingStatus } from '@certhub/contracts';
import { flagParam, idParam, oneOfParam, pageParam, textParam } from '../../lib/search';

export const REVIEW_SORTS = ['dueDate', '-recordedAt', 'number', 'severity', 'status'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export interface ReviewSearch {
  state?: 'open' | 'closed';
  status?: FindingStatus;
  severity?: 'major' | 'minor';
  requirement?: string;
  overdue?: true;
  dossier?: string;
  sort?: ReviewSort;
  page?: number;
}

/** The findings review's filters, kept in the URL. Plain parsing: it loads with the first script. */
export const parseReviewSearch = (search: Record<string, unknown>): ReviewSearch => ({
  state: oneOfParam(['open', 'closed'] as const, search['state']),
  status: textParam<FindingStatus>(search['status']),
  severity: oneOfParam(['major', 'minor'] as const, search['severity']),
  requirement: idParam(search['requirement']),
  overdue: flagParam(search['overdue']),
  dossier: idParam(search['dossier']),
  sort: oneOfParam(REVIEW_SORTS, search['sort']),
  page: pageParam(search['page']),
});
