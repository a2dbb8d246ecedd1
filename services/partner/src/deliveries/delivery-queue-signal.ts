import { Injectable } from '@nestjs/common';

/** Lets whoever queued deliveries wake the worker now rather than at its next poll. */
@Injectable()
export class DeliveryQueueSignal {
  private waiters: (() => void)[] = [];

  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
  }

  /** Resolves at the next notify, or after `timeoutMs` at the latest. */
  next(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
