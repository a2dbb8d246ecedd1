import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler, toPage } from '@certhub/platform';
import { toCertificationBodyResponse } from '../certification-body.mapper';
import { CertificationBodyRepository } from '../certification-body.repository';

/** Any signed-in user: applicants choose their CB among these. */
@Injectable()
export class ListCertificationBodies {
  constructor(private readonly bodies: CertificationBodyRepository) {}

  readonly execute: RpcHandler<'identity.certification-bodies.list'> = async (query) => {
    const { items, total } = await this.bodies.list(query, mongoSort(query.sort, 'name'));
    return toPage(items.map(toCertificationBodyResponse), total, query);
  };
}
