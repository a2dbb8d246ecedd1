import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import { perimeterScope } from '../../candidacy/candidacy-access';
import { CandidateRepository } from '../../candidacy/candidate.repository';
import type { CandidateView } from '../../candidacy/candidate.schema';
import { normaliseName, prefixRange } from '../../candidacy/identity-key';

/** More hits than this and the query was not about one person. */
const MAX_HITS = 20;

type Query = RpcPayload<'candidacy.candidates.search'>;

/**
 * Why a search is too broad to run, or undefined: a dossier reference, or a name with the birth
 * date or the birth place, finds one person; a name alone browses everybody's candidates.
 */
export function tooBroad(q: Query): string | undefined {
  if (q.reference) return undefined;
  if (!q.name || !normaliseName(q.name))
    return 'give the dossier reference, or a name with the birth date or the birth place';
  if (!q.birthDate && !q.birthPostalCode && !q.birthCountry && !q.birthCity)
    return 'a name alone is too broad: add the birth date or the birth place';
  return undefined;
}

/**
 * Find a person across the platform before registering him (docs/domain/individuals-certification.md#duplicate-search):
 * too broad a query is refused (422); a hit outside the user's perimeter shows only what a
 * transfer request needs.
 */
@Injectable()
export class SearchCandidates {
  constructor(private readonly candidates: CandidateRepository) {}

  async execute(principal: Principal, query: Query): Promise<RpcResponse<'candidacy.candidates.search'>> {
    const refusal = tooBroad(query);
    if (refusal)
      throw new DomainError('validation_failed', `the search is too broad: ${refusal}`, [
        { field: 'name', message: refusal },
      ]);
    const filter: FilterQuery<CandidateView> = {};
    if (query.reference) filter.reference = query.reference.toUpperCase();
    // The normalised birth name's prefix as a range: the index on nameKey serves it.
    if (query.name) filter.nameKey = prefixRange(normaliseName(query.name));
    if (query.birthDate) filter.birthDate = query.birthDate;
    if (query.birthPostalCode) filter.birthPostalCode = query.birthPostalCode;
    if (query.birthCountry) filter.birthCountry = query.birthCountry;
    const hits = await this.candidates.searchPlatform(filter, MAX_HITS + 1);
    const city = query.birthCity ? normaliseName(query.birthCity) : undefined;
    const found = city ? hits.filter((c) => normaliseName(c.birthCity ?? '') === city) : hits;
    if (found.length > MAX_HITS)
      throw new DomainError(
        'validation_failed',
        'the search is too broad: add the birth date or the birth place',
        [{ field: 'name', message: `more than ${MAX_HITS} people match` }],
      );
    const mine = reachOf(principal);
    return {
      items: found.map((c) => ({
        id: c._id,
        reference: c.reference,
        birthName: c.birthName,
        firstName: c.firstName,
        birthDate: c.birthDate,
        establishmentName: c.establishmentName,
        status: c.status,
        mine: mine(c),
      })),
    };
  }
}

/** Whether a candidate is within the principal's perimeter (the same rule as every read). */
function reachOf(principal: Principal): (c: CandidateView) => boolean {
  const scope = perimeterScope<CandidateView>(principal);
  if (scope.kind === 'cross') return () => true;
  if (scope.kind === 'none') return () => false;
  const pinned = scope.filter as Record<string, string>;
  return (c) =>
    Object.entries(pinned).every(([field, value]) =>
      field === 'tenantId'
        ? c.tenantId.includes(value)
        : (c as unknown as Record<string, unknown>)[field] === value,
    );
}
