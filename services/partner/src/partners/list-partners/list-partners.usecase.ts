import { Injectable } from '@nestjs/common';
import { requirePartnerAdmin } from '../../common/access';
import { mongoSort, toPage, type RpcHandler } from '@certhub/platform';
import { toPartnerResponse } from '../partner.mapper';
import { PartnerRepository } from '../partner.repository';

/** The platform sees every partner; a CB admin the partners his CB created; `q` narrows by name. */
@Injectable()
export class ListPartners {
  constructor(private readonly partners: PartnerRepository) {}

  readonly execute: RpcHandler<'partner.clients.list'> = async (principal, query) => {
    const admin = requirePartnerAdmin(principal);
    const sort = mongoSort(query.sort, '-createdAt');
    const { items, total } = await this.partners.list(
      admin.kind === 'cb' ? admin.cbId : undefined,
      query,
      sort,
      query.q,
    );
    return toPage(items.map(toPartnerResponse), total, query);
  };
}
