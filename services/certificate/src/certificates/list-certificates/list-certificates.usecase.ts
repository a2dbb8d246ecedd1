import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { SortOrder } from 'mongoose';
import { requireCertificateReader } from '../certificate-access';
import { effectiveStatusFilter, today } from '../certificate-status';
import { CertificatePdfsRepository } from '../../pdfs/certificate-pdfs.repository';
import { CertificateRepository } from '../certificate.repository';
import { toCertificateListItemResponse } from '../dto/certificate.response';

/** `sort` names the response field; the stored path it sorts on. */
const SORTABLE: Record<string, string> = {
  number: 'number',
  holderName: 'holder.name',
  schemeId: 'schemeId',
  validFrom: 'validFrom',
  validUntil: 'validUntil',
};

/**
 * "Mon e-certificat" (docs/domain/organisation-certification.md#certificate): the holder's and its CB's
 * certificates, with download availability.
 */
@Injectable()
export class ListCertificates {
  constructor(
    private readonly certificates: CertificateRepository,
    private readonly pdfs: CertificatePdfsRepository,
  ) {}

  async execute(
    principal: Principal | undefined,
    query: RpcPayload<'certificate.list'>,
  ): Promise<RpcResponse<'certificate.list'>> {
    const reader = requireCertificateReader(principal);
    const on = today();
    const [items, total] = await this.certificates.pageForReader(reader, {
      filter: query.status ? effectiveStatusFilter(query.status, on) : {},
      sort: toSort(query.sort),
      skip: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const printed = await this.pdfs.printedAmong(
      reader,
      items.map((certificate) => certificate._id),
    );
    return {
      items: items.map((c) => toCertificateListItemResponse(c, on, printed.has(c._id))),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}

function toSort(sort: string | undefined): Record<string, SortOrder> {
  // Ties broken by id so that pages neither repeat nor skip a certificate.
  if (!sort) return { issuedAt: -1, _id: 1 };
  const field = SORTABLE[sort.replace(/^-/, '')];
  if (!field) {
    throw new DomainError('validation_failed', 'the request is invalid', [
      { field: 'sort', message: `sort by one of ${Object.keys(SORTABLE).join(', ')}` },
    ]);
  }
  return { [field]: sort.startsWith('-') ? -1 : 1, _id: 1 };
}
