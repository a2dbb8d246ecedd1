import type { HabilitationStatus } from '@certhub/contracts';

/** A habilitation in force on `today` (YYYY-MM-DD): validated, and today within its period. */
export function inForce(
  h: { status: HabilitationStatus; startsOn?: string; endsOn?: string },
  today: string,
): boolean {
  return h.status === 'validated' && !!h.startsOn && !!h.endsOn && h.startsOn <= today && today <= h.endsOn;
}

export const todayOf = (now: Date): string => now.toISOString().slice(0, 10);
