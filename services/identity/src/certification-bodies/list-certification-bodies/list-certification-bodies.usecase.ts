import { Injectable } from '@nestjs/common';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { mongoSort } from '@certhub/platform';
import { pageOf } from '../../common/paging';
import { toCertificationBodyResponse } from '../certification-body.mapper';
import { CertificationBodyRepository } from '../certification-body.repository';

/** Any signed-in user: applicants choose their CB among these. */
@Injectable()
export class ListCertificationBodies {
  constructor(private readonly bodies: CertificationBodyRepository) {}

  async execute(
    query: RpcPayload<'identity.certification-bodies.list'>,
  ): Promise<RpcResponse<'identity.certification-bodies.list'>> {
    const { items, total } = await this.bodies.list(query, mongoSort(query.sort, 'name'));
    return pageOf(items.map(toCertificationBodyResponse), total, query);
  }
}
