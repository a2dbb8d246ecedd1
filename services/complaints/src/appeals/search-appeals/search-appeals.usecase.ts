import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler, toPage } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import { registerFilter } from '../../common/search-page';
import { today } from '../../complaints/complaint.mapper';
import { AppealLifecycle } from '../appeal-lifecycle';
import { toAppealResponse } from '../appeal.mapper';
import { AppealRepository } from '../appeal.repository';
import type { AppealDoc } from '../appeal.schema';

/** The appeals register (the CB's) or the organisation's own appeals, and one appeal with its trail. */
@Injectable()
export class SearchAppeals {
  constructor(
    private readonly repository: AppealRepository,
    private readonly appeals: AppealLifecycle,
  ) {}

  readonly get: RpcHandler<'complaints.appeals.get'> = async (principal, { appealId }) =>
    toAppealResponse(await this.appeals.load(principal, appealId), true);

  readonly execute: RpcHandler<'complaints.appeals.list'> = async (principal, query) => {
    const and: FilterQuery<AppealDoc>[] = [];
    if (query.status) and.push({ status: query.status });
    if (query.decision) and.push({ decision: query.decision });
    if (query.dossierId) and.push({ dossierId: query.dossierId });
    const late = { status: { $in: ['lodged', 'investigating'] }, answerBy: { $lt: today() } };
    const { items, total } = await this.repository.searchVisible(
      principal,
      'appeals are the CB’s and the appellant’s',
      registerFilter(and, late, query.overdue),
      mongoSort(query.sort, '-lodgedAt'),
      query,
    );
    return toPage(
      items.map((a) => toAppealResponse(a)),
      total,
      query,
    );
  };
}
