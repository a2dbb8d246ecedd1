import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler, toPage } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import { CandidateRepository } from '../../candidacy/candidate.repository';
import type { CandidateView } from '../../candidacy/candidate.schema';
import { toCandidateResponse } from '../candidate.mapper';

/** The candidacies of the user's perimeter, newest changes first unless sorted otherwise. */
@Injectable()
export class ListCandidates {
  constructor(private readonly candidates: CandidateRepository) {}

  readonly execute: RpcHandler<'candidacy.candidates.list'> = async (principal, query) => {
    const filter: FilterQuery<CandidateView> = {
      ...(query.status?.length ? { status: { $in: query.status } } : {}),
      ...(query.establishmentId ? { establishmentId: query.establishmentId } : {}),
      ...(query.jurySessionId ? { 'jury.sessionId': query.jurySessionId } : {}),
      ...(query.active === undefined ? {} : { active: query.active }),
    };
    const sort = query.sort
      ? mongoSort(query.sort, 'reference')
      : { updatedAt: -1 as const, _id: 1 as const };
    const { items, total } = await this.candidates.list(principal, filter, query, sort);
    return toPage(items.map(toCandidateResponse), total, query);
  };
}
