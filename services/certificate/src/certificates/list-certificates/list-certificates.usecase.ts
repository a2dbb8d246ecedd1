import { Injectable } from '@nestjs/common';
import { mongoSort, skipOf, toPage, type RpcHandler } from '@certhub/platform';
import { requireCertificateReader } from '../certificate-access';
import { effectiveStatusFilter, today } from '../certificate-status';
import { CertificatePdfsRepository } from '../../pdfs/certificate-pdfs.repository';
import { CertificateRepository } from '../certificate.repository';
import { toCertificateListItemResponse } from '../dto/certificate.response';

/** Where a sortable response field is stored when not under its own name. */
const STORED_AS = { holderName: 'holder.name' } as const;

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

  readonly execute: RpcHandler<'certificate.list'> = async (principal, query) => {
    const reader = requireCertificateReader(principal);
    const on = today();
    const [items, total] = await this.certificates.pageForReader(reader, {
      filter: query.status ? effectiveStatusFilter(query.status, on) : {},
      // Newest first by default.
      sort: mongoSort(query.sort, '-issuedAt', STORED_AS),
      skip: skipOf(query),
      limit: query.pageSize,
    });
    const printed = await this.pdfs.printedAmong(
      reader,
      items.map((certificate) => certificate._id),
    );
    return toPage(
      items.map((c) => toCertificateListItemResponse(c, on, printed.has(c._id))),
      total,
      query,
    );
  };
}
