import { isDeepStrictEqual } from 'node:util';
import { DomainError } from '@certhub/platform';

/** One edit of master data, kept on the record it changed: which fields, their values before and after. */
export interface MasterDataChange {
  at: Date;
  by: string;
  fields: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** What an edit writes: the fields it sets and clears, and its history entry. */
export interface MasterDataEdit {
  $set: Record<string, unknown>;
  $unset: Record<string, 1>;
  change: MasterDataChange;
}

/** 422 when an edit names none of the editable fields. */
export function requireSomeField<F extends string>(
  editable: readonly F[],
  request: Partial<Record<F, unknown>>,
): void {
  if (editable.every((field) => request[field] === undefined))
    throw DomainError.invalid(
      [{ field: editable[0] as string, message: `give at least one of: ${editable.join(', ')}` }],
      'nothing to change',
    );
}

/**
 * The edit a request makes of the stored record, as the contracts show both (`stored`: the record's
 * response, so no database extras compare unequal): only what really changes, `null` clearing an
 * optional field. Undefined when nothing changes.
 */
export function diffEdit<F extends string>(
  editable: readonly F[],
  stored: Partial<Record<F, unknown>>,
  request: Partial<Record<F, unknown>>,
  by: string,
): MasterDataEdit | undefined {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const $set: Record<string, unknown> = {};
  const $unset: Record<string, 1> = {};
  for (const field of editable) {
    const next = request[field];
    if (next === undefined) continue;
    const previous = stored[field] ?? null;
    if (isDeepStrictEqual(previous, next)) continue;
    before[field] = previous;
    after[field] = next;
    if (next === null) $unset[field] = 1;
    else $set[field] = next;
  }
  const fields = Object.keys(after);
  if (fields.length === 0) return undefined;
  return { $set, $unset, change: { at: new Date(), by, fields, before, after } };
}

/** The filter of a record still at `version` (a record never edited has no version field: 0). */
export const atVersion = (version: number): Record<string, unknown> =>
  version === 0 ? { $or: [{ version: 0 }, { version: { $exists: false } }] } : { version };

export const staleVersion = (kind: string, id: string, version: number): DomainError =>
  DomainError.conflict(
    `${kind} ${id} was changed by someone else since version ${version}: reload it and apply your edit again`,
  );
