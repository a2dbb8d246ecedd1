/**
 * Search-parameter parsing for route definitions. Routes' `validateSearch` is loaded with the app's
 * first chunk (only components are split off), so it stays free of the contracts' zod schemas: a
 * value the API does not know comes back as its problem, shown on the page.
 */
export const pageParam = (value: unknown): number | undefined => {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : undefined;
};

export const textParam = <T extends string = string>(value: unknown): T | undefined =>
  typeof value === 'string' && /^[a-z_]{1,64}$/.test(value) ? (value as T) : undefined;

export const flagParam = (value: unknown): true | undefined =>
  value === true || value === 'true' ? true : undefined;

/** An id as the API spells them (`label-engagement`, `cb-demo`, an ObjectId). */
export const idParam = (value: unknown): string | undefined => {
  // The router reads `?requirement=2.1` as the number 2.1: an id all the same.
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && /^[A-Za-z0-9_.:-]{1,64}$/.test(text) ? text : undefined;
};

/** Free text a person typed (a reference to search), trimmed, as long as the API takes it. */
export const queryParam = (value: unknown, max = 64): string | undefined => {
  // The router reads digits (a SIREN) as a number.
  const raw = typeof value === 'number' ? String(value) : value;
  const text = typeof raw === 'string' ? raw.trim().slice(0, max) : '';
  return text || undefined;
};

/** One of a fixed set of values (a sort order, a view, a yes/no filter). */
export const oneOfParam = <T extends string>(values: readonly T[], value: unknown): T | undefined => {
  // The router reads a typed `?active=true` as the boolean true (and digits as a number).
  const text = typeof value === 'boolean' || typeof value === 'number' ? String(value) : value;
  return values.includes(text as T) ? (text as T) : undefined;
};

/** A calendar day as the date field and the API spell it (YYYY-MM-DD). */
export const dayParam = (value: unknown): string | undefined =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
