/** Calendar days as `YYYY-MM-DD` strings (UTC): they compare and sort as strings. */
export type Day = string;

const MS_PER_DAY = 86_400_000;

export function today(now: Date = new Date()): Day {
  return now.toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Every day from start to end, both included. */
export function daysBetween(start: Day, end: Day): Day[] {
  const days: Day[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) days.push(day);
  return days;
}
