import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { requirePartnerAdmin } from '../../common/access';
import { toPartnerResponse } from '../partner.mapper';
import { PartnerRepository } from '../partner.repository';

@Injectable()
export class GetPartner {
  constructor(private readonly partners: PartnerRepository) {}

  readonly execute: RpcHandler<'partner.clients.get'> = async (principal, request) => {
    const admin = requirePartnerAdmin(principal);
    const partner = await this.partners.findOwned(
      admin.kind === 'cb' ? admin.cbId : undefined,
      request.partnerId,
    );
    // Another owner's partner answers like a missing one: its existence is not the caller's business.
    if (!partner) throw DomainError.notFound(`partner ${request.partnerId}`);
    return toPartnerResponse(partner);
  };
}
