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
