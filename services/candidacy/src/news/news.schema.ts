import { collectionSchema } from '@certhub/platform';

export const NEWS_MODEL = 'News';

/**
 * A news item of the home dashboard. Not tenant-scoped like the candidacies: an item is written by
 * one tenant (`authorTenantId`) for an audience of others, so every read states its audience filter.
 */
export interface NewsView {
  _id: string;
  title: string;
  body: string;
  audience: 'all' | 'network' | 'certifier';
  networkId?: string;
  certifierId?: string;
  publishedOn: string;
  publishedBy: string;
  authorTenantId: string;
  createdAt: Date;
}

export const NewsSchema = collectionSchema<NewsView>(
  'news',
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
    audience: { type: String, required: true },
    networkId: String,
    certifierId: String,
    publishedOn: { type: String, required: true },
    publishedBy: { type: String, required: true },
    authorTenantId: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  {
    tenantScoped: false,
    indexes: [
      // The reader's feed: his audiences, latest first.
      { audience: 1, publishedOn: -1 },
    ],
  },
);
