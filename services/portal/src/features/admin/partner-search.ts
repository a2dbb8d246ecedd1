import { idParam, oneOfParam, pageParam, queryParam } from '../../lib/search';

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

export interface PartnerListSearch {
  q?: string;
  page?: number;
}

/** The partner list's name search and page, kept in the URL. */
export const parsePartnerListSearch = (search: Record<string, unknown>): PartnerListSearch => ({
  q: queryParam(search['q'], 100),
  page: pageParam(search['page']),
});
