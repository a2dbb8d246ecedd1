import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { findPage } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder } from 'mongoose';
import type { EstablishmentActionEntry } from './establishment-action';
import { ESTABLISHMENT_ACTION_MODEL } from './establishment-action.schema';

/** An establishment's history, pinned to its network (the caller has checked he reads the establishment). */
@Injectable()
export class EstablishmentActionRepository {
  constructor(
    @InjectModel(ESTABLISHMENT_ACTION_MODEL) private readonly model: Model<EstablishmentActionEntry>,
  ) {}

  /** Keyed by its event: a redelivered event writes nothing new. */
  async record(entry: EstablishmentActionEntry): Promise<void> {
    const { _id, tenantId, ...rest } = entry;
    await this.model.updateOne({ tenantId, _id }, { $setOnInsert: rest }, { upsert: true });
  }

  async page(
    place: { networkId: string; establishmentId: string },
    filter: { action?: EstablishmentActionEntry['action'] },
    page: { page: number; pageSize: number },
    sort: Record<string, SortOrder>,
  ): Promise<{ items: EstablishmentActionEntry[]; total: number }> {
    const scoped: FilterQuery<EstablishmentActionEntry> = {
      tenantId: place.networkId,
      establishmentId: place.establishmentId,
      ...(filter.action ? { action: filter.action } : {}),
    };
    return findPage(this.model, scoped, page, sort);
  }
}
