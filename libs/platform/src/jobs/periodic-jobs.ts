import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Counter, Histogram } from 'prom-client';
import { Metrics } from '../metrics/metrics';

/** What time it is for a job; tests move it (the same shape as TokenVerifier's `clock`). */
export type Clock = () => Date;
export const CLOCK = Symbol('CLOCK');

export interface PeriodicJob {
  /** Metric label and log context, e.g. `purge-documents`. */
  name: string;
  /** Wait between the end of one pass and the start of the next: passes never overlap. */
  intervalMs: number;
  /** Each wait is intervalMs ± this fraction (default 0.1), so replicas started together drift apart. */
  jitter?: number;
  /** First pass at start instead of after the first wait. */
  runAtStart?: boolean;
  /**
   * One pass; resolves to how many items it handled (for the log), or nothing. `signal` aborts
   * when the service stops: a pass that loops checks it between items and returns.
   */
  run(pass: { now: Date; signal: AbortSignal }): Promise<number | void>;
}

export interface PeriodicJobHandle {
  /** Runs the next pass now instead of at the end of the wait (after the current pass, if one runs). */
  nudge(): void;
}

interface Running {
  job: PeriodicJob;
  timer?: NodeJS.Timeout;
  pass?: Promise<void>;
  nudged: boolean;
}

/**
 * Every periodic job of a service: registered by the feature that owns it, started when the
 * application has bootstrapped, stopped before anything shuts down (in-flight passes finish
 * first, their database and NATS connections still open). Jobs are idempotent and run on every
 * replica; a failing pass is logged and counted, and the next one comes at the usual time.
 */
@Injectable()
export class PeriodicJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PeriodicJobs.name);
  private readonly jobs = new Map<string, Running>();
  private readonly stopping = new AbortController();
  private started = false;
  private readonly passes: Counter<'job' | 'outcome'>;
  private readonly duration: Histogram<'job'>;

  constructor(
    metrics: Metrics,
    @Optional() @Inject(CLOCK) private readonly clock: Clock = () => new Date(),
  ) {
    this.passes = metrics.counter(
      'certhub_periodic_job_passes_total',
      'Passes of periodic jobs by job and outcome (ok, failed)',
      ['job', 'outcome'],
    );
    this.duration = metrics.histogram(
      'certhub_periodic_job_duration_seconds',
      'Duration of periodic job passes by job',
      ['job'],
    );
  }

  register(job: PeriodicJob): PeriodicJobHandle {
    if (this.jobs.has(job.name)) throw new Error(`periodic job ${job.name} is registered twice`);
    const running: Running = { job, nudged: false };
    this.jobs.set(job.name, running);
    if (this.started) this.begin(running);
    return { nudge: () => this.nudge(running) };
  }

  onApplicationBootstrap(): void {
    this.started = true;
    for (const running of this.jobs.values()) this.begin(running);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    for (const running of this.jobs.values()) clearTimeout(running.timer);
    await Promise.all([...this.jobs.values()].map((running) => running.pass));
  }

  private begin(running: Running): void {
    if (running.job.runAtStart) this.runPass(running);
    else this.wait(running);
  }

  private wait(running: Running): void {
    if (this.stopping.signal.aborted) return;
    const { intervalMs, jitter = 0.1 } = running.job;
    const delay = Math.max(0, intervalMs * (1 + jitter * (2 * Math.random() - 1)));
    running.timer = setTimeout(() => this.runPass(running), delay);
    running.timer.unref();
  }

  private nudge(running: Running): void {
    if (!this.started || this.stopping.signal.aborted) return;
    if (running.pass) {
      running.nudged = true;
      return;
    }
    clearTimeout(running.timer);
    this.runPass(running);
  }

  private runPass(running: Running): void {
    const { job } = running;
    running.nudged = false;
    const end = this.duration.startTimer({ job: job.name });
    running.pass = job
      .run({ now: this.clock(), signal: this.stopping.signal })
      .then(
        () => this.passes.inc({ job: job.name, outcome: 'ok' }),
        (error: unknown) => {
          this.passes.inc({ job: job.name, outcome: 'failed' });
          this.logger.warn(`${job.name}: pass failed, next one in ${job.intervalMs} ms: ${String(error)}`);
        },
      )
      .finally(() => {
        end();
        running.pass = undefined;
        if (running.nudged && !this.stopping.signal.aborted) this.runPass(running);
        else this.wait(running);
      });
  }
}
