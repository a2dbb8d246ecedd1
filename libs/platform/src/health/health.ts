import { Injectable, Optional } from '@nestjs/common';
import type { Gauge } from 'prom-client';
import { Metrics } from '../metrics/metrics';

export interface DependencyCheck {
  name: string;
  /** Resolves when the dependency answers; rejects (or times out) otherwise. */
  check: () => Promise<void>;
  /**
   * false: the service keeps serving without it (Keycloak for token checks with cached keys, SMTP
   * with queued mails), so its absence degrades the service but does not make it unready: an
   * orchestrator would otherwise take every replica out of service for a partial outage.
   */
  critical?: boolean;
}

type CheckResult = { status: 'up' | 'down'; error?: string; durationMs: number; critical: boolean };

export interface ReadinessReport {
  status: 'ready' | 'not_ready';
  /** Non-critical dependencies that are down. */
  degraded: string[];
  checks: Record<string, CheckResult>;
}

const CHECK_TIMEOUT_MS = 2_000;

/** Modules register a real round-trip to each dependency they use; /readyz runs them all. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, DependencyCheck>();
  private shuttingDown = false;
  private last?: ReadinessReport;
  private readonly up?: Gauge<'dependency'>;

  constructor(@Optional() metrics?: Metrics) {
    this.up = metrics?.gauge(
      'certhub_dependency_up',
      'Whether a dependency answered its last check (1) or not (0)',
      ['dependency'],
    );
  }

  register(check: DependencyCheck): void {
    this.checks.set(check.name, check);
  }

  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  async readiness(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      [...this.checks.values()].map(async ({ name, check, critical = true }) => {
        const started = Date.now();
        let result: CheckResult;
        try {
          await withTimeout(check(), CHECK_TIMEOUT_MS, `${name} did not answer in ${CHECK_TIMEOUT_MS} ms`);
          result = { status: 'up', durationMs: Date.now() - started, critical };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          result = { status: 'down', error: message, durationMs: Date.now() - started, critical };
        }
        this.up?.set({ dependency: name }, result.status === 'up' ? 1 : 0);
        return [name, result] as const;
      }),
    );
    const criticalUp = entries.every(([, r]) => r.status === 'up' || !r.critical);
    this.last = {
      status: criticalUp && !this.shuttingDown ? 'ready' : 'not_ready',
      degraded: entries.filter(([, r]) => r.status === 'down' && !r.critical).map(([name]) => name),
      checks: Object.fromEntries(entries),
    };
    return this.last;
  }

  /** What the last readiness run found (probes run it often), without waiting on any dependency. */
  lastReport(): ReadinessReport | undefined {
    return this.last;
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
