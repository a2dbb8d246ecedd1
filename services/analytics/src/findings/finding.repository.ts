import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model, SortOrder } from 'mongoose';
import type { ReadScope } from '../common/access';
import type { SortSpec } from '@certhub/platform';
import type { DateRange } from '../common/period';
import { PROJECTION_WRITE, ReadModelRepository, UNASSIGNED } from '../common/read-model.repository';
import { Finding, type FindingSeverity } from './finding.schema';

export interface FindingFacts {
  findingId: string;
  number: string;
  dossierId: string;
  organisationId: string;
  schemeId: string;
  cbId?: string | undefined;
  requirementId: string;
  severity: FindingSeverity;
  raisedAt: Date;
}

export interface FindingFilter {
  schemeId?: string | undefined;
  /** Selects findings by `raisedAt`. */
  raised?: DateRange | undefined;
}

export interface RequirementCount {
  tenantId: string;
  schemeId: string;
  requirementId: string;
  severity: FindingSeverity;
  closed?: boolean;
  count: number;
}

/** The overdue query requires a due date, so those findings have one. */
export type OverdueFinding = Finding & { dueDate: string };

/** The query requires the closure date. */
export type ClosureDates = Pick<Finding, 'tenantId' | 'schemeId' | 'raisedAt'> & { closedAt: Date };

const REQUIREMENT_KEY = {
  tenantId: '$tenantId',
  schemeId: '$schemeId',
  requirementId: '$requirementId',
  severity: '$severity',
};

@Injectable()
export class FindingRepository extends ReadModelRepository<Finding> {
  constructor(@InjectModel(Finding.name) model: Model<Finding>) {
    super(model);
  }

  async recordRaised(facts: FindingFacts, dueDate: string): Promise<void> {
    const { findingId, requirementId, severity, raisedAt, cbId, ...identity } = facts;
    await this.model
      .updateOne(
        { _id: findingId },
        {
          $set: { ...identity, dueDate, ...(cbId ? { tenantId: cbId } : {}) },
          // Only if the closure is not applied yet: its requirement and severity win.
          $setOnInsert: { requirementId, severity, closed: false, ...(cbId ? {} : { tenantId: UNASSIGNED }) },
          $min: { raisedAt },
        },
        { upsert: true },
      )
      .setOptions(PROJECTION_WRITE);
  }

  async recordClosed(facts: FindingFacts, closedAt: Date): Promise<void> {
    const { findingId, raisedAt, cbId, ...rest } = facts;
    await this.model
      .updateOne(
        { _id: findingId },
        {
          $set: { ...rest, closed: true, ...(cbId ? { tenantId: cbId } : {}) },
          ...(cbId ? {} : { $setOnInsert: { tenantId: UNASSIGNED } }),
          $min: { raisedAt, closedAt },
        },
        { upsert: true },
      )
      .setOptions(PROJECTION_WRITE);
  }

  /** Raised findings per requirement and severity, split by `closed`. */
  async countByRequirement(scope: ReadScope, filter: FindingFilter): Promise<RequirementCount[]> {
    const groups = await this.aggregateIn<{ _id: Omit<RequirementCount, 'count'>; count: number }>(
      scope,
      this.toQuery(filter),
      [{ $group: { _id: { ...REQUIREMENT_KEY, closed: '$closed' }, count: { $sum: 1 } } }],
    );
    return groups.map((g) => ({ ...g._id, count: g.count }));
  }

  async countOverdueByRequirement(
    scope: ReadScope,
    filter: FindingFilter,
    today: string,
  ): Promise<RequirementCount[]> {
    const groups = await this.aggregateIn<{ _id: Omit<RequirementCount, 'count'>; count: number }>(
      scope,
      this.overdueQuery(filter, today),
      [{ $group: { _id: REQUIREMENT_KEY, count: { $sum: 1 } } }],
    );
    return groups.map((g) => ({ ...g._id, count: g.count }));
  }

  countOpen(scope: ReadScope, filter: FindingFilter): Promise<number> {
    return this.countIn(scope, { ...this.toQuery(filter), closed: false });
  }

  countOverdue(scope: ReadScope, filter: FindingFilter, today: string): Promise<number> {
    return this.countIn(scope, this.overdueQuery(filter, today));
  }

  /** One page of overdue findings, `_id` last so equal sort values never straddle pages. */
  listOverdue(
    scope: ReadScope,
    filter: FindingFilter,
    today: string,
    sort: SortSpec,
    skip: number,
    limit: number,
  ) {
    const order: Record<string, SortOrder> = { [sort.field]: sort.direction, _id: 1 };
    return this.findIn(scope, this.overdueQuery(filter, today))
      .sort(order)
      .skip(skip)
      .limit(limit)
      .lean<OverdueFinding[]>();
  }

  closureDates(scope: ReadScope, schemeId: string | undefined, closed: DateRange | undefined) {
    return this.findIn(scope, {
      ...(schemeId ? { schemeId } : {}),
      closed: true,
      closedAt: closed ?? { $exists: true },
    })
      .select({ tenantId: 1, schemeId: 1, raisedAt: 1, closedAt: 1 })
      .lean<ClosureDates[]>();
  }

  private overdueQuery(filter: FindingFilter, today: string): FilterQuery<Finding> {
    return { ...this.toQuery(filter), closed: false, dueDate: { $lt: today } };
  }

  private toQuery(filter: FindingFilter): FilterQuery<Finding> {
    return {
      ...(filter.schemeId ? { schemeId: filter.schemeId } : {}),
      ...(filter.raised ? { raisedAt: filter.raised } : {}),
    };
  }
}
