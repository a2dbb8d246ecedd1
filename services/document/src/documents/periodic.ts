import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

/**
 * A job run every `intervalMs` on each replica. Jobs are idempotent (replicas may overlap):
 * removing an object or a row twice is harmless.
 */
export abstract class Periodic implements OnApplicationBootstrap, OnApplicationShutdown {
  protected abstract readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  protected abstract get intervalMs(): number;
  abstract runOnce(now?: Date): Promise<number>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce()
        .catch((error: unknown) => this.logger.warn(`pass failed, will retry: ${String(error)}`))
        .finally(() => (this.running = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
