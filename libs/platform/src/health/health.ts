import { Injectable } from '@nestjs/common';

export interface DependencyCheck {
  name: string;
  /** Resolves when the dependency answers; rejects (or times out) otherwise. */
  check: () => Promise<void>;
}

export interface ReadinessReport {
  status: 'ready' | 'not_ready';
  checks: Record<string, { status: 'up' | 'down'; error?: string; durationMs: number }>;
}

const CHECK_TIMEOUT_MS = 2_000;

/** Modules register a real round-trip to each dependency they use; /readyz runs them all. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, DependencyCheck>();
  private shuttingDown = false;

  register(check: DependencyCheck): void {
    this.checks.set(check.name, check);
  }

  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  async readiness(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      [...this.checks.values()].map(async ({ name, check }) => {
        const started = Date.now();
        try {
          await withTimeout(check(), CHECK_TIMEOUT_MS, `${name} did not answer in ${CHECK_TIMEOUT_MS} ms`);
          return [name, { status: 'up' as const, durationMs: Date.now() - started }] as const;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return [
            name,
            { status: 'down' as const, error: message, durationMs: Date.now() - started },
          ] as const;
        }
      }),
    );
    const checks = Object.fromEntries(entries);
    const allUp = entries.every(([, result]) => result.status === 'up');
    return { status: allUp && !this.shuttingDown ? 'ready' : 'not_ready', checks };
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
