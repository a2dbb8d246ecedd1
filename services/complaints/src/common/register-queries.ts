import type { CloudEvent } from '@certhub/contracts';
import type { FilterQuery, Model, UpdateQuery } from 'mongoose';

/**
 * A register's rows for its figures and export, `dateField` within the period: one CB's, or every
 * CB's for platform staff (`cbId` undefined). Without the outbox and the trail, nor `omit`: what
 * figures and exports never show.
 */
export function registerRows<T>(
  model: Model<T>,
  cbId: string | undefined,
  dateField: string,
  period: { from?: Date; to?: Date },
  omit: Record<string, 0>,
): Promise<T[]> {
  const when = { ...(period.from ? { $gte: period.from } : {}), ...(period.to ? { $lte: period.to } : {}) };
  const query = model.find(
    { ...(cbId ? { tenantId: cbId } : {}), ...(period.from || period.to ? { [dateField]: when } : {}) },
    { outbox: 0, trail: 0, ...omit },
  );
  if (!cbId) query.setOptions({ crossTenant: 'platform-wide figures for platform staff' } as never);
  return query.lean<T[]>().exec();
}

/**
 * Records a deadline reminder with its trail entry and event, once: the update matches only while
 * `stepsField` lacks the step, so a second pass (or replica) writes nothing. Not a change of the case
 * (its version stays): the handler's next step is not made stale by a reminder. True when written.
 */
export async function recordReminder<T>(
  model: Model<T>,
  current: { tenantId: string; _id: string; status: string },
  stepsField: string,
  step: string,
  trail: unknown,
  event: CloudEvent,
): Promise<boolean> {
  // `stepsField` is the model's own list of reminded steps, which mongoose's types cannot see.
  const filter: FilterQuery<T> = { ...current, [stepsField]: { $ne: step } } as never;
  const update: UpdateQuery<T> = {
    $addToSet: { [stepsField]: step },
    $push: { trail, outbox: event },
  } as never;
  const result = await model.updateOne(filter, update);
  return result.modifiedCount === 1;
}
