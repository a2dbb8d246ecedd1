import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler, toPage } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import { registerFilter } from '../../common/search-page';
import { ComplaintLifecycle } from '../complaint-lifecycle';
import { toComplaintResponse, today } from '../complaint.mapper';
import { ComplaintRepository } from '../complaint.repository';
import type { ComplaintDoc } from '../complaint.schema';

/** The CB's complaints register, and one complaint with its trail, within the reader's scope. */
@Injectable()
export class SearchComplaints {
  constructor(
    private readonly repository: ComplaintRepository,
    private readonly complaints: ComplaintLifecycle,
  ) {}

  readonly get: RpcHandler<'complaints.get'> = async (principal, { complaintId }) =>
    toComplaintResponse(await this.complaints.load(principal, complaintId), true);

  readonly execute: RpcHandler<'complaints.list'> = async (principal, query) => {
    const day = today();
    const and: FilterQuery<ComplaintDoc>[] = [];
    if (query.status) and.push({ status: query.status });
    if (query.about) and.push({ about: query.about });
    const late = {
      $or: [
        { status: 'received', acknowledgeBy: { $lt: day } },
        { status: 'investigating', answerBy: { $lt: day } },
      ],
    };
    const { items, total } = await this.repository.searchVisible(
      principal,
      'the complaints register is the certification body’s',
      registerFilter(and, late, query.overdue),
      mongoSort(query.sort, '-receivedAt'),
      query,
    );
    return toPage(
      items.map((c) => toComplaintResponse(c)),
      total,
      query,
    );
  };
}
