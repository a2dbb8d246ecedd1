import { Injectable } from '@nestjs/common';
import { mongoSort, skipOf, toPage, type RpcHandler } from '@certhub/platform';
import { requireIndividualReader } from '../individual-access';
import { toIndividualCertificateResponse } from '../individual-certificate.mapper';
import { IndividualCertificateRepository } from '../individual-certificate.repository';

const STORED_AS = { familyName: 'holder.familyName' } as const;

/** The individual certificates of the reader's perimeter, newest first, by status or candidacy. */
@Injectable()
export class ListIndividualCertificates {
  constructor(private readonly certificates: IndividualCertificateRepository) {}

  readonly execute: RpcHandler<'certificate.individual.list'> = async (principal, query) => {
    const [items, total] = await this.certificates.pageForReader(requireIndividualReader(principal), {
      filter: {
        ...(query.status ? { status: query.status } : {}),
        ...(query.candidacyId ? { candidacyId: query.candidacyId } : {}),
      },
      sort: mongoSort(query.sort, '-issuedAt', STORED_AS),
      skip: skipOf(query),
      limit: query.pageSize,
    });
    return toPage(items.map(toIndividualCertificateResponse), total, query);
  };
}
