import { Prop } from '@nestjs/mongoose';
import { Collection, collectionSchema, Id, Required } from '@certhub/platform';

export const NEWS_MODEL = 'News';

/**
 * A news item of the home dashboard. Not tenant-scoped like the candidacies: an item is written by
 * one tenant (`authorTenantId`) for an audience of others, so every read states its audience filter.
 */
@Collection('news')
export class NewsView {
  @Id() _id!: string;
  @Required() title!: string;
  @Required() body!: string;
  @Required({ type: String }) audience!: 'all' | 'network' | 'certifier';
  @Prop() networkId?: string;
  @Prop() certifierId?: string;
  @Required() publishedOn!: string;
  @Required() publishedBy!: string;
  @Required() authorTenantId!: string;
  @Required() createdAt!: Date;
}

export const NewsSchema = collectionSchema(NewsView, {
  tenantScoped: false,
  indexes: [
    // The reader's feed: his audiences, latest first.
    { audience: 1, publishedOn: -1 },
  ],
});
