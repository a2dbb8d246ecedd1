import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Principal } from '@certhub/contracts';
import type { AggregateStore } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { perimeterScope, withinScope } from '../candidacy/candidacy-access';
import { HABILITATION_MODEL, type HabilitationView } from './habilitation.schema';

const LIGHT = { trail: 0, outbox: 0 } as const;

/** Habilitations within the principal's perimeter; writes pinned to the certifier asked. */
@Injectable()
export class HabilitationRepository implements AggregateStore<HabilitationView> {
  constructor(@InjectModel(HABILITATION_MODEL) private readonly model: Model<HabilitationView>) {}

  findVisible(principal: Principal, id: string): Promise<HabilitationView | null> {
    const scope = perimeterScope<HabilitationView>(principal);
    if (scope.kind === 'none') return Promise.resolve(null);
    const query = this.model.findOne(withinScope(scope, { _id: id }), LIGHT);
    return (scope.kind === 'cross' ? query.setOptions({ crossTenant: scope.reason }) : query)
      .lean<HabilitationView>()
      .exec();
  }

  async insert(habilitation: HabilitationView): Promise<void> {
    await this.model.create(habilitation);
  }

  applyAtVersion(
    current: HabilitationView,
    update: UpdateQuery<HabilitationView>,
  ): Promise<HabilitationView | null> {
    return this.model
      .findOneAndUpdate(
        { tenantId: current.certifierId, _id: current._id, version: current.version },
        update,
        {
          new: true,
        },
      )
      .lean<HabilitationView>()
      .exec()
      .then((updated) => updated && { ...updated, trail: [], outbox: [] });
  }

  async list(
    principal: Principal,
    filter: FilterQuery<HabilitationView>,
    page: { page: number; pageSize: number },
    sort: Record<string, SortOrder>,
  ): Promise<{ items: HabilitationView[]; total: number }> {
    const scope = perimeterScope<HabilitationView>(principal);
    if (scope.kind === 'none') return { items: [], total: 0 };
    const scoped = withinScope(scope, filter);
    const cross = scope.kind === 'cross' ? { crossTenant: scope.reason } : {};
    const [items, total] = await Promise.all([
      this.model
        .find(scoped, LIGHT)
        .setOptions(cross)
        .sort(sort)
        .skip((page.page - 1) * page.pageSize)
        .limit(page.pageSize)
        .lean<HabilitationView[]>()
        .exec(),
      this.model.countDocuments(scoped).setOptions(cross).exec(),
    ]);
    return { items, total };
  }

  /** An establishment's requests to one certifier, newest first (pinned to the establishment). */
  ofEstablishment(establishmentId: string, certifierId: string): Promise<HabilitationView[]> {
    return this.model
      .find({ tenantId: establishmentId, establishmentId, certifierId }, LIGHT)
      .sort({ requestedAt: -1 })
      .limit(50)
      .lean<HabilitationView[]>()
      .exec();
  }
}
