import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { PageQuery } from '@certhub/contracts';
import { TenantRepository, containingText, skipOf, type MongoSort } from '@certhub/platform';
import type { Model } from 'mongoose';
import { Partner } from './partner.schema';

@Injectable()
export class PartnerRepository extends TenantRepository<Partner> {
  constructor(@InjectModel(Partner.name) model: Model<Partner>) {
    super(model);
  }

  async insert(partner: Partner): Promise<Partner> {
    return (await this.model.create(partner)).toObject<Partner>();
  }

  /** A partner acting for itself: the id comes from its verified token. */
  findById(partnerId: string): Promise<Partner | null> {
    return this.model
      .findOne({ _id: partnerId })
      .setOptions({ crossTenant: 'a partner reads its own record by the id its token carries' })
      .lean<Partner>();
  }

  /** `ownerTenantId` undefined: the platform, which sees every owner's partners. */
  findOwned(ownerTenantId: string | undefined, partnerId: string): Promise<Partner | null> {
    if (ownerTenantId)
      return this.model.findOne(this.scoped(ownerTenantId, { _id: partnerId })).lean<Partner>();
    return this.findById(partnerId);
  }

  async list(
    ownerTenantId: string | undefined,
    query: PageQuery,
    sort: MongoSort,
    name?: string,
  ): Promise<{ items: Partner[]; total: number }> {
    const narrowed = name ? { name: containingText(name) } : {};
    const filter = ownerTenantId ? this.scoped(ownerTenantId, narrowed) : narrowed;
    const options = ownerTenantId ? {} : { crossTenant: 'the platform lists the partners of every owner' };
    const [items, total] = await Promise.all([
      this.model
        .find(filter)
        .setOptions(options)
        .sort(sort)
        .skip(skipOf(query))
        .limit(query.pageSize)
        .lean<Partner[]>(),
      this.model.countDocuments(filter).setOptions(options),
    ]);
    return { items, total };
  }
}
