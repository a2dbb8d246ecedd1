import { Injectable } from '@nestjs/common';
import { mongoSort, skipOf, toPage, type RpcHandler } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import { effectiveStatusFilter, today } from '../../certificates/certificate-status';
import { CertificateRepository } from '../../certificates/certificate.repository';
import type { Certificate } from '../../certificates/certificate.schema';
import { toVerificationResponse } from '../../certificates/dto/certificate.response';

/** Where a sortable response field is stored when not under its own name. */
const STORED_AS = { holderName: 'holder.name' } as const;
const pattern = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');

/**
 * The public register (docs/domain/verifiable-certificates.md#public-verification): anyone searches
 * the certified organisations by name, SIREN, scheme, CB and live status, as the certificate page
 * shows them; nothing beyond what a certificate prints.
 */
@Injectable()
export class SearchRegistry {
  constructor(private readonly certificates: CertificateRepository) {}

  readonly execute: RpcHandler<'certificate.registry.search'> = async (query) => {
    const on = today();
    const and: FilterQuery<Certificate>[] = [];
    if (query.q) and.push({ $or: [{ 'holder.name': pattern(query.q) }, { number: pattern(query.q) }] });
    if (query.siren) and.push({ 'holder.siren': query.siren });
    if (query.schemeId) and.push({ schemeId: query.schemeId });
    if (query.cb) and.push({ 'cb.name': pattern(query.cb) });
    if (query.status) and.push(effectiveStatusFilter(query.status, on));
    const [items, total] = await this.certificates.publicPage({
      filter: and.length ? { $and: and } : {},
      sort: mongoSort(query.sort, 'holderName', STORED_AS),
      skip: skipOf(query),
      limit: query.pageSize,
    });
    return toPage(
      items.map((c) => toVerificationResponse(c, on)),
      total,
      query,
    );
  };
}
