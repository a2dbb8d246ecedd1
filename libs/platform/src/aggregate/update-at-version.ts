import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import type { Versioned } from './versioned-aggregate';

/**
 * An aggregate store's one write (AggregateStore.applyAtVersion): `update` applied to the aggregate
 * of `tenantId` only while its stored version is the one loaded; null when another write came
 * first. The whole updated document comes back: FerretDB v1 implements no projection on findAndModify.
 */
export function updateAtVersion<T extends Versioned>(
  model: Model<T>,
  tenantId: string,
  loaded: Versioned,
  update: UpdateQuery<T>,
): Promise<T | null> {
  const atVersion = { tenantId, _id: loaded._id, version: loaded.version } as FilterQuery<T>;
  return model.findOneAndUpdate(atVersion, update, { new: true }).lean<T>().exec();
}
