import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { NewsItem, Principal } from '@certhub/contracts';
import { DomainError, findPage, type RpcHandler, toPage } from '@certhub/platform';
import type { FilterQuery, Model } from 'mongoose';
import { HabilitationRepository } from '../habilitations/habilitation.repository';
import { NEWS_MODEL, type NewsView } from './news.schema';

const today = () => new Date().toISOString().slice(0, 10);

const toNewsItem = (n: NewsView): NewsItem => ({
  id: n._id,
  title: n.title,
  body: n.body,
  audience: n.audience,
  ...(n.networkId ? { networkId: n.networkId } : {}),
  ...(n.certifierId ? { certifierId: n.certifierId } : {}),
  publishedOn: n.publishedOn,
  publishedBy: n.publishedBy,
  tenantId: n.authorTenantId,
  createdAt: new Date(n.createdAt).toISOString(),
});

const isPlatformAdmin = (p: Principal) => p.tenantType === 'platform' && p.roles.includes('platform_admin');

/**
 * A certifier's people publish for everyone, one network, or the establishments it habilitated
 * (its own: a certifier never writes for another); the platform's administrators for any audience.
 */
@Injectable()
export class PublishNews {
  constructor(@InjectModel(NEWS_MODEL) private readonly news: Model<NewsView>) {}

  readonly execute: RpcHandler<'candidacy.news.publish'> = async (principal, request) => {
    const admin = isPlatformAdmin(principal);
    if (!admin && principal.tenantType !== 'cb')
      throw DomainError.forbidden('news are published by a certifier or the platform');
    if (!admin && request.certifierId && request.certifierId !== principal.tenantId)
      throw DomainError.invalid([
        { field: 'certifierId', message: 'a certifier publishes for its own establishments' },
      ]);
    const certifierId =
      request.audience === 'certifier'
        ? (request.certifierId ?? (admin ? undefined : principal.tenantId))
        : undefined;
    if (request.audience === 'certifier' && !certifierId)
      throw DomainError.invalid([
        { field: 'certifierId', message: 'name the certifier whose establishments read it' },
      ]);
    const item: NewsView = {
      _id: `news_${randomBytes(6).toString('hex')}`,
      title: request.title,
      body: request.body,
      audience: request.audience,
      ...(request.networkId ? { networkId: request.networkId } : {}),
      ...(certifierId ? { certifierId } : {}),
      publishedOn: request.publishedOn ?? today(),
      publishedBy: principal.userId,
      authorTenantId: principal.tenantId,
      createdAt: new Date(),
    };
    await this.news.create(item);
    return toNewsItem(item);
  };
}

/**
 * The caller's feed, latest first: what is published for everyone, for his network, for the
 * certifiers that habilitated his establishments (a certifier's people: their own). Items to come
 * are shown to their author's tenant only.
 */
@Injectable()
export class ListNews {
  constructor(
    @InjectModel(NEWS_MODEL) private readonly news: Model<NewsView>,
    private readonly habilitations: HabilitationRepository,
  ) {}

  readonly execute: RpcHandler<'candidacy.news.list'> = async (principal, query) => {
    const { items, total } = await findPage(this.news, await this.audienceOf(principal), query, {
      publishedOn: -1,
      createdAt: -1,
    });
    return toPage(items.map(toNewsItem), total, query);
  };

  private async audienceOf(principal: Principal): Promise<FilterQuery<NewsView>> {
    if (isPlatformAdmin(principal)) return {};
    const published = { publishedOn: { $lte: today() } };
    const mine = { authorTenantId: principal.tenantId };
    if (principal.tenantType === 'cb')
      return {
        $or: [mine, { ...published, audience: 'all' }, { ...published, certifierId: principal.tenantId }],
      };
    if (principal.tenantType !== 'network') return { ...published, audience: 'all' };
    const certifiers = await this.certifiersOf(principal);
    return {
      ...published,
      $or: [
        { audience: 'all' },
        { audience: 'network', networkId: principal.tenantId },
        { audience: 'certifier', certifierId: { $in: certifiers } },
      ],
    };
  }

  /** The certifiers that habilitated the establishments of the reader's perimeter. */
  private async certifiersOf(principal: Principal): Promise<string[]> {
    const { items } = await this.habilitations.list(
      principal,
      { status: 'validated' },
      { page: 1, pageSize: 100 },
      { requestedAt: -1 },
    );
    return [...new Set(items.map((h) => h.certifierId))];
  }
}
