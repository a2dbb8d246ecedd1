import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { SERVICE_CONFIG } from '@certhub/platform';
import type { DossierConfig } from '../../config';
import { ExpireCertificates } from './expire-certificates.usecase';

/** Runs the expiry pass on a timer in every replica (the pass itself tolerates that). */
@Injectable()
export class ExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExpiryScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DossierConfig,
    private readonly expire: ExpireCertificates,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.expire
        .runOnce()
        .catch((error: unknown) => this.logger.warn(`expiry pass failed, will retry: ${String(error)}`))
        .finally(() => {
          this.running = undefined;
        });
    }, this.config.EXPIRY_SCAN_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
