/**
 * How long a CB has to take a complaint in charge, then to answer it, in calendar days from its
 * receipt (docs/domain/complaints-and-appeals.md#deadlines). One rule for every CB for now; a
 * scheme's own deadlines replace these when schemes carry them.
 */
export const ACKNOWLEDGE_WITHIN_DAYS = 10;
export const ANSWER_WITHIN_DAYS = 60;

export function dayAfter(from: Date, days: number): string {
  const at = new Date(from.getTime());
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
