import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { requirePartnerAdmin } from '../common/access';
import { PartnerRepository } from './partner.repository';
import type { Partner } from './partner.schema';

/**
 * The partner an administrator acts on through `/partners/{partnerId}/...`: the platform reaches
 * every partner, a CB admin only those his CB owns. Another owner's partner answers like a missing
 * one, so a CB learns nothing about partners that are not its own.
 */
@Injectable()
export class ManagedPartner {
  constructor(private readonly partners: PartnerRepository) {}

  async get(principal: Principal, partnerId: string): Promise<Partner> {
    const admin = requirePartnerAdmin(principal);
    const partner = await this.partners.findOwned(admin.kind === 'cb' ? admin.cbId : undefined, partnerId);
    if (!partner) throw DomainError.notFound(`partner ${partnerId}`);
    return partner;
  }

  async idOf(principal: Principal, partnerId: string): Promise<string> {
    return (await this.get(principal, partnerId))._id;
  }
}
