import type { HabilitationStatus, Role } from '@certhub/contracts';
import type { LifecycleTable } from '@certhub/platform';
import { CERTIFIER_DECIDERS } from '../candidacy/candidacy.table';

export const HABILITATION_ACTIONS = ['validate', 'reject'] as const;
export type HabilitationAction = (typeof HABILITATION_ACTIONS)[number];

/** Only the certifier asked decides; a decided request is final (a new request renews). */
export const HABILITATION_TABLE: LifecycleTable<HabilitationStatus, HabilitationAction, never, Role> = [
  { action: 'validate', from: ['pending'], to: 'validated', by: CERTIFIER_DECIDERS },
  { action: 'reject', from: ['pending'], to: 'rejected', by: CERTIFIER_DECIDERS },
];

/** A habilitation in force on `today` (YYYY-MM-DD): validated, and today within its period. */
export function inForce(
  h: { status: HabilitationStatus; startsOn?: string; endsOn?: string },
  today: string,
): boolean {
  return h.status === 'validated' && !!h.startsOn && !!h.endsOn && h.startsOn <= today && today <= h.endsOn;
}

export const todayOf = (now: Date): string => now.toISOString().slice(0, 10);
