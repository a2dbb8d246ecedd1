import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { requirePartner } from '../common/access';
import type { Partner } from './partner.schema';
import { PartnerRepository } from './partner.repository';

/** The partner a partner client acts for, from the id its token carries. */
@Injectable()
export class CurrentPartner {
  constructor(private readonly partners: PartnerRepository) {}

  async of(principal: Principal): Promise<Partner> {
    const partnerId = requirePartner(principal);
    const partner = await this.partners.findById(partnerId);
    // A token for a partner certhub does not know (deleted, or another deployment's) opens nothing.
    if (!partner) throw DomainError.forbidden(`partner ${partnerId} is not known here`);
    return partner;
  }
}
