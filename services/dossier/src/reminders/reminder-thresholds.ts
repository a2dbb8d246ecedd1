import type { ReminderKind } from './reminder.schema';

/**
 * Days before the due date at which each reminder goes (docs/domain/notifications.md#reminders). A
 * pass sends only the tightest threshold crossed: a thing first seen 3 days before its date gets the
 * 7-day reminder, never 30 and 7 at once; each threshold goes at most once.
 */
export const REMINDER_THRESHOLDS: Record<ReminderKind, readonly number[]> = {
  // The CB makes the appointment about two months ahead, and a month ahead is the last call.
  surveillance_audit_due: [60, 30],
  // Once, from the day the window opens (its due date is the certificate's expiry): threshold 0.
  renewal_window_open: [],
  finding_deadline: [7, 1],
  audit_upcoming: [7, 1],
};

/** The tightest threshold `daysLeft` has crossed, or undefined when none yet (or the date passed). */
export function thresholdFor(kind: ReminderKind, daysLeft: number): number | undefined {
  if (daysLeft < 0) return undefined;
  if (REMINDER_THRESHOLDS[kind].length === 0) return 0;
  const crossed = REMINDER_THRESHOLDS[kind].filter((t) => daysLeft <= t);
  return crossed.length ? Math.min(...crossed) : undefined;
}

/** The widest threshold: how far ahead a pass looks for things of this kind. */
export const horizonOf = (kind: ReminderKind): number => Math.max(0, ...REMINDER_THRESHOLDS[kind]);
