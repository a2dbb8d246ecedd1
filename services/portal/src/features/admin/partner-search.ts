import { idParam, oneOfParam, pageParam } from '../../lib/search';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'dead_letter'] as const;

export interface PartnerSearch {
  status?: (typeof DELIVERY_STATUSES)[number];
  subscription?: string;
  page?: number;
}

/** The delivery log's filters and page, kept in the URL. */
export const parsePartnerSearch = (search: Record<string, unknown>): PartnerSearch => ({
  status: oneOfParam(DELIVERY_STATUSES, search['status']),
  subscription: idParam(search['subscription']),
  page: pageParam(search['page']),
});
