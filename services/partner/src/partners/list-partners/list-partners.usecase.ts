import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePartnerAdmin } from '../../common/access';
import { mongoSort } from '@certhub/platform';
import { pageOf } from '../../common/paging';
import { toPartnerResponse } from '../partner.mapper';
import { PartnerRepository } from '../partner.repository';

/** The platform sees every partner; a CB admin the partners his CB created. */
@Injectable()
export class ListPartners {
  constructor(private readonly partners: PartnerRepository) {}

  async execute(
    principal: Principal,
    query: RpcPayload<'partner.clients.list'>,
  ): Promise<RpcResponse<'partner.clients.list'>> {
    const admin = requirePartnerAdmin(principal);
    const sort = mongoSort(query.sort, '-createdAt');
    const { items, total } = await this.partners.list(
      admin.kind === 'cb' ? admin.cbId : undefined,
      query,
      sort,
    );
    return pageOf(items.map(toPartnerResponse), total, query);
  }
}
