import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { PeriodicJobs, SERVICE_CONFIG } from '@certhub/platform';
import type { DossierConfig } from '../../config';
import { ExpireCertificates } from './expire-certificates.usecase';

/** Runs the expiry pass on a timer in every replica (the pass itself tolerates that). */
@Injectable()
export class ExpiryScheduler implements OnModuleInit {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DossierConfig,
    private readonly expire: ExpireCertificates,
    private readonly jobs: PeriodicJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'certificate-expiry',
      intervalMs: this.config.EXPIRY_SCAN_INTERVAL_MS,
      run: ({ now }) => this.expire.runOnce(now),
    });
  }
}
