const DAY_MS = 86_400_000;

export interface DateRange {
  $gte?: Date;
  $lt?: Date;
}

/** `from`/`to` are whole UTC days, both included: `to` ends at the next midnight. */
export function periodRange(filters: {
  from?: string | undefined;
  to?: string | undefined;
}): DateRange | undefined {
  if (!filters.from && !filters.to) return undefined;
  return {
    ...(filters.from ? { $gte: new Date(`${filters.from}T00:00:00.000Z`) } : {}),
    ...(filters.to ? { $lt: new Date(Date.parse(`${filters.to}T00:00:00.000Z`) + DAY_MS) } : {}),
  };
}

export function inRange(date: Date, range: DateRange | undefined): boolean {
  if (!range) return true;
  return (!range.$gte || date >= range.$gte) && (!range.$lt || date < range.$lt);
}

/** Today as `YYYY-MM-DD` in UTC: a due date before it has passed. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export const daysBetween = (earlier: string, later: string): number =>
  Math.round((Date.parse(later) - Date.parse(earlier)) / DAY_MS);
