import { Periodic } from '@certhub/platform';
import type { ComplaintsConfig } from '../config';

/**
 * Makes a method a register's deadline watch: a periodic job named `name`, every
 * DEADLINE_SCAN_INTERVAL_MS, with a first pass when the service starts.
 */
export const DeadlineWatch = (name: string): MethodDecorator =>
  Periodic<ComplaintsConfig>({
    name,
    intervalMs: (config) => config.DEADLINE_SCAN_INTERVAL_MS,
    runAtStart: true,
  });

/**
 * One pass of a deadline watch over a register: pages of cases to remind, each reported once by
 * `report` (false when another pass or replica reported it first). Stops on a short page, or on a
 * page where nothing could be reported (those left are someone else's to report). Answers how many
 * reminders this pass wrote.
 */
export async function drainReminders<T>(
  page: () => Promise<T[]>,
  pageSize: number,
  report: (item: T) => Promise<boolean>,
  signal?: AbortSignal,
): Promise<number> {
  let reported = 0;
  for (;;) {
    const items = await page();
    let progressed = 0;
    for (const item of items) {
      if (signal?.aborted) return reported + progressed;
      if (await report(item)) progressed += 1;
    }
    reported += progressed;
    if (items.length < pageSize || progressed === 0) return reported;
  }
}

/** A reminder's trail entry: the system's, the case's status unchanged. */
export function reminderTrail(now: Date, status: string, action: string, what: string) {
  return { at: now, by: 'system', action, from: status, to: status, what };
}
