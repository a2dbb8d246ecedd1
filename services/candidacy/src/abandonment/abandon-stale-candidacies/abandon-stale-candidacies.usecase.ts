import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, CANDIDACY_TABLE } from '@certhub/contracts';
import { DomainError, Periodic, transitionsOf } from '@certhub/platform';
import type { CandidacyConfig } from '../../config';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { CandidateRepository } from '../../candidacy/candidate.repository';

const YEARS = 5;
const PAGE = 200;
export const AUTOMATIC_ABANDON_REASON = `automatic: ${YEARS} years after the preliminary evaluation`;

/** The same calendar day `years` earlier (29 February falls back to the 28th). */
export function yearsBefore(now: Date, years: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(now.getUTCFullYear() - years);
  if (cutoff.getUTCMonth() !== now.getUTCMonth()) cutoff.setUTCDate(0);
  return cutoff;
}

/**
 * One pass of the automatic abandonment at `now` (the job's clock): every candidacy the
 * establishment still works on whose preliminary evaluation was finalised 5 years ago or more is
 * abandoned by the platform, through the table's `abandon` row, with its reason; it can be
 * reinstated like any other. Idempotent: an abandoned candidacy is no longer found.
 */
@Injectable()
export class AbandonStaleCandidacies {
  private readonly logger = new Logger(AbandonStaleCandidacies.name);
  private readonly statuses = transitionsOf(CANDIDACY_TABLE, 'abandon').flatMap((row) => row.from);

  constructor(
    private readonly candidates: CandidateRepository,
    private readonly lifecycle: CandidacyLifecycle,
  ) {}

  // Every replica runs it, at the job's clock (tests move it).
  @Periodic<CandidacyConfig>({
    name: 'abandon-stale-candidacies',
    intervalMs: (config) => config.ABANDON_SCAN_INTERVAL_MS,
    runAtStart: true,
  })
  async runOnce(now: Date, signal?: AbortSignal): Promise<number> {
    let abandoned = 0;
    const stale = await this.candidates.staleSince(yearsBefore(now, YEARS), this.statuses, PAGE);
    for (const c of stale) {
      if (signal?.aborted) break;
      try {
        await this.lifecycle.apply(SYSTEM_PRINCIPAL, c, 'abandon', (current, at) => ({
          $set: { abandon: { reason: AUTOMATIC_ABANDON_REASON, previousStatus: current.status, at } },
          what: `candidacy abandoned: ${AUTOMATIC_ABANDON_REASON}`,
        }));
        abandoned += 1;
      } catch (error) {
        // Changed meanwhile (sent, abandoned by hand): the next pass looks again.
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`candidacy ${c.reference} not abandoned: ${error.message}`);
      }
    }
    return abandoned;
  }
}
