type Period<S extends string, E extends string> = Record<S, string> & Partial<Record<E, string | undefined>>;

/**
 * The rule every period a request names keeps: its end, when there is one, does not come before
 * its start (the same day is a period of one day). Refused on the end's field, with one wording
 * for all. ISO dates compare as strings. `schema.refine(...endNotBefore('startDate', 'endDate'))`.
 */
export function endNotBefore<S extends string, E extends string>(
  start: S,
  end: E,
): [(period: Period<S, E>) => boolean, { message: string; path: PropertyKey[] }] {
  return [
    (period) => {
      const dates = period as Record<string, string | undefined>;
      const last = dates[end];
      return last === undefined || last >= (dates[start] as string);
    },
    { message: `${end} must not be before ${start}`, path: [end] },
  ];
}
