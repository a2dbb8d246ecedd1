import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { PeriodicJobs, SERVICE_CONFIG } from '@certhub/platform';
import { CandidacyModule } from '../candidacy/candidacy.module';
import type { CandidacyConfig } from '../config';
import { AbandonStaleCandidacies } from './abandon-stale-candidacies/abandon-stale-candidacies.usecase';

/** Runs the automatic abandonment on a timer in every replica, at the job's clock (tests move it). */
@Injectable()
export class AbandonmentScheduler implements OnModuleInit {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: CandidacyConfig,
    private readonly abandonment: AbandonStaleCandidacies,
    private readonly jobs: PeriodicJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'abandon-stale-candidacies',
      intervalMs: this.config.ABANDON_SCAN_INTERVAL_MS,
      runAtStart: true,
      run: ({ now, signal }) => this.abandonment.runOnce(now, signal),
    });
  }
}

/** The automatic abandonment 5 years after the preliminary evaluation, as a scheduled job. */
@Module({
  imports: [CandidacyModule],
  providers: [AbandonStaleCandidacies, AbandonmentScheduler],
})
export class AbandonmentModule {}
