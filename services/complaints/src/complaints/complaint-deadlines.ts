/** The calendar day (YYYY-MM-DD, UTC) `days` after `from`: deadlines are whole days. */
export function dayAfter(from: Date, days: number): string {
  const at = new Date(from.getTime());
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
