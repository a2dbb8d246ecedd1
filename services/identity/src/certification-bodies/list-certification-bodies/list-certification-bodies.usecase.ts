import { Injectable } from '@nestjs/common';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { pageOf, toSort } from '../../common/paging';
import { toCertificationBodyResponse } from '../certification-body.mapper';
import { CertificationBodyRepository } from '../certification-body.repository';

const SORTABLE = ['name', 'code', 'createdAt'] as const;

/** Any signed-in user: applicants choose their CB among these. */
@Injectable()
export class ListCertificationBodies {
  constructor(private readonly bodies: CertificationBodyRepository) {}

  async execute(
    query: RpcPayload<'identity.certification-bodies.list'>,
  ): Promise<RpcResponse<'identity.certification-bodies.list'>> {
    const { items, total } = await this.bodies.list(query, toSort(query.sort, SORTABLE, 'name'));
    return pageOf(items.map(toCertificationBodyResponse), total, query);
  }
}
