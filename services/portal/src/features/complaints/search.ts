import type { AppealStatus, AppealedDecision, ComplaintStatus } from '@certhub/contracts';
import { flagParam, oneOfParam, pageParam, textParam } from '../../lib/search';

export const COMPLAINT_SORTS = [
  '-receivedAt',
  'receivedAt',
  'acknowledgeBy',
  'answerBy',
  'reference',
] as const;
export type ComplaintSort = (typeof COMPLAINT_SORTS)[number];

export interface ComplaintSearch {
  status?: ComplaintStatus | undefined;
  about?: 'certified_organisation' | 'certification_body' | 'other' | undefined;
  overdue?: true | undefined;
  sort?: ComplaintSort | undefined;
  page?: number | undefined;
}

/** The complaints register's filters, kept in the URL. Plain parsing: it loads with the first script. */
export const parseComplaintSearch = (search: Record<string, unknown>): ComplaintSearch => ({
  status: oneOfParam(['received', 'investigating', 'dismissed', 'closed'] as const, search['status']),
  about: oneOfParam(['certified_organisation', 'certification_body', 'other'] as const, search['about']),
  overdue: flagParam(search['overdue']),
  sort: oneOfParam(COMPLAINT_SORTS, search['sort']),
  page: pageParam(search['page']),
});

export interface AppealSearch {
  status?: AppealStatus | undefined;
  decision?: AppealedDecision | undefined;
  overdue?: true | undefined;
  page?: number | undefined;
}

export const parseAppealSearch = (search: Record<string, unknown>): AppealSearch => ({
  status: textParam<AppealStatus>(search['status']),
  decision: oneOfParam(
    ['refusal', 'suspension', 'withdrawal', 'finding_classification'] as const,
    search['decision'],
  ),
  overdue: flagParam(search['overdue']),
  page: pageParam(search['page']),
});
