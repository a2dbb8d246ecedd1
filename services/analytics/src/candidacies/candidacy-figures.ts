import type { CandidacyStatus } from '@certhub/contracts';
import type { CandidacyLine } from './candidacy-state.repository';

/** Sent to certification and not decided: waiting to be put in a jury session, or in one. */
export const AWAITING_JURY: readonly CandidacyStatus[] = ['awaiting_certification', 'awaiting_jury'];
/** Where a candidacy's path ends; every other status is in progress. */
export const ENDED: readonly CandidacyStatus[] = ['certified', 'not_certified', 'abandoned'];

export const sum = (
  counts: { status: CandidacyStatus; count: number }[],
  statuses: readonly CandidacyStatus[],
) => counts.filter((c) => statuses.includes(c.status)).reduce((total, c) => total + c.count, 0);

/** A line of the dashboard's lists, dated by `field`. */
export const toLine = (line: CandidacyLine, field: 'statusAt' | 'certifiedAt' = 'statusAt') => ({
  candidateId: line._id,
  reference: line.reference,
  establishmentId: line.establishmentId,
  status: line.status,
  at: (line[field] ?? line.statusAt).toISOString(),
});

export const DAY_MS = 86_400_000;
