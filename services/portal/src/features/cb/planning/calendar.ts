/**
 * Calendar arithmetic on calendar days (`YYYY-MM-DD`, as audits are booked): pure, in UTC, so that a
 * day is the same day whatever the browser's time zone.
 */
export type CalendarView = 'month' | 'week' | 'list';
export const CALENDAR_VIEWS: readonly CalendarView[] = ['month', 'week', 'list'];

const MS_DAY = 86_400_000;
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
export const toDay = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => toDay(new Date(toDate(day).getTime() + days * MS_DAY));
export const today = () => toDay(new Date());

/** Monday of the day's week (weeks start on Monday, in French and British use alike). */
export function weekStart(day: string): string {
  const weekday = (toDate(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

export function addMonths(day: string, months: number): string {
  const date = toDate(monthStart(day));
  date.setUTCMonth(date.getUTCMonth() + months);
  return toDay(date);
}

/** The days a view shows: whole weeks around the month, one week, or the month as a list. */
export function visibleDays(view: CalendarView, anchor: string): string[] {
  if (view === 'week') return Array.from({ length: 7 }, (_, i) => addDays(weekStart(anchor), i));
  const first = monthStart(anchor);
  const last = addDays(addMonths(anchor, 1), -1);
  const start = view === 'month' ? weekStart(first) : first;
  const end = view === 'month' ? addDays(weekStart(last), 6) : last;
  const days: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The anchor after a step forward (1) or back (-1) in a view. */
export const step = (view: CalendarView, anchor: string, direction: 1 | -1) =>
  view === 'week' ? addDays(anchor, 7 * direction) : addMonths(anchor, direction);

export interface Booked {
  startDate: string;
  endDate: string;
}

/** Whether a booking covers the day (both ends included). */
export const covers = (booking: Booked, day: string) => booking.startDate <= day && day <= booking.endDate;
