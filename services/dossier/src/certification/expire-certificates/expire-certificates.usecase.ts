import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { DomainError, Periodic } from '@certhub/platform';
import type { DossierConfig } from '../../config';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { today } from '../../lifecycle/calendar';
import { certificateStatusEvent } from '../certificate-events';

const BATCH = 100;

/**
 * Applies `expire` as the platform to every certificate past its validUntil. Idempotent and safe
 * with several replicas: each expiry is one transition at the loaded version, so a dossier another
 * replica expired first answers 409 (no longer in an expirable status) and is skipped.
 */
@Injectable()
export class ExpireCertificates {
  private readonly logger = new Logger(ExpireCertificates.name);

  constructor(
    private readonly dossiers: DossierRepository,
    private readonly lifecycle: DossierLifecycle,
  ) {}

  /** One pass; returns how many certificates this call expired. */
  // Every replica runs it: the pass tolerates that.
  @Periodic<DossierConfig>({
    name: 'certificate-expiry',
    intervalMs: (config) => config.EXPIRY_SCAN_INTERVAL_MS,
  })
  async runOnce(now = new Date()): Promise<number> {
    let expired = 0;
    const due = await this.dossiers.dueForExpiry(today(now), BATCH);
    for (const { _id } of due) {
      try {
        await this.lifecycle.apply(SYSTEM_PRINCIPAL, _id, 'expire', (current) => ({
          $set: { 'certificate.status': 'expired' },
          what: 'certificate expired at the end of its validity',
          before: { certificateStatus: current.certificate?.status ?? null },
          after: { certificateStatus: 'expired' },
          events: () => [
            certificateStatusEvent('expired', current, {
              at: now.toISOString(),
              by: SYSTEM_PRINCIPAL.userId,
            }),
          ],
        }));
        expired += 1;
      } catch (error) {
        if (
          error instanceof DomainError &&
          (error.code === 'invalid_transition' || error.code === 'stale_version')
        )
          continue;
        this.logger.warn(`could not expire the certificate of dossier ${_id}: ${String(error)}`);
      }
    }
    return expired;
  }
}
