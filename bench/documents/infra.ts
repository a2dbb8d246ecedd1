import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerNatsCredentials, type RuntimeEnv } from '@certhub/testing';
import { ROOT } from '../shared/built-service';

/** The running local runtime (`.run/local`, what the README's `up` starts) or the test one. */
export function runtimeEnv(): RuntimeEnv {
  const candidates = [
    process.env['CERTHUB_RUNTIME_JSON'],
    join(ROOT, '.run/local/runtime.json'),
    join(ROOT, '.run/test/runtime.json'),
  ].filter((f): f is string => Boolean(f));
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error(`no running runtime: start one with "node infra/local/runtime.mjs start"`);
  return JSON.parse(readFileSync(file, 'utf8')) as RuntimeEnv;
}

/** A private NATS for the run, so the services' queue groups are the bench's alone. */
export class PrivateNats {
  private constructor(
    private readonly runDir: string,
    readonly url: string,
  ) {}

  static start(): PrivateNats {
    const runDir = mkdtempSync(join(tmpdir(), 'certhub-bench-docs-'));
    const url = component(runDir, 'start');
    registerNatsCredentials(url, join(runDir, 'nats', 'credentials.json'));
    return new PrivateNats(runDir, url);
  }

  stop(): void {
    component(this.runDir, 'stop');
    rmSync(this.runDir, { recursive: true, force: true });
  }
}

function component(runDir: string, action: 'start' | 'stop'): string {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'infra/local/runtime.mjs'), 'component', action, 'nats', '--run-dir', runDir],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`${action} nats: ${result.stderr || result.stdout}`);
  return result.stdout.trim().split('\n').pop() ?? '';
}

/** Resident set size of a process in bytes, from /proc (Linux). */
export function rssOf(pid: number): number {
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return 0; // the process has exited
  }
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kb ?? 0) * 1024;
}

/** Samples the RSS of processes every `everyMs` until stopped: baseline and peak per process. */
export class RssSampler {
  private readonly peaks = new Map<string, number>();
  private readonly baselines = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly pids: Record<string, number>) {}

  start(everyMs = 25): void {
    for (const [name, pid] of Object.entries(this.pids)) {
      const rss = rssOf(pid);
      this.baselines.set(name, rss);
      this.peaks.set(name, rss);
    }
    this.timer = setInterval(() => {
      for (const [name, pid] of Object.entries(this.pids)) {
        this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, rssOf(pid)));
      }
    }, everyMs);
  }

  stop(): Record<string, { baseline: number; peak: number; growth: number }> {
    clearInterval(this.timer);
    return Object.fromEntries(
      Object.keys(this.pids).map((name) => {
        const baseline = this.baselines.get(name) ?? 0;
        const peak = this.peaks.get(name) ?? 0;
        return [name, { baseline, peak, growth: peak - baseline }];
      }),
    );
  }
}

/** CPU time (user + system) a process has used, in seconds, from /proc (Linux); 0 once it exited. */
export function cpuSecondsOf(pid: number): number {
  try {
    // The fields after the command name (which may hold spaces) start at the state, field 3.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * The CPU seconds each process spends during a phase: where the time of a transfer goes when the
 * machine's cores, not a buffer or a lock, are the limit. `self` is this bench process (the clients).
 */
export class CpuMeter {
  private readonly start = new Map<string, number>();

  constructor(private readonly pids: Record<string, number>) {
    for (const [name, pid] of Object.entries(pids)) this.start.set(name, cpuSecondsOf(pid));
    this.start.set('self', CpuMeter.self());
  }

  private static self(): number {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  }

  stop(): Record<string, number> {
    const used: Record<string, number> = {};
    for (const [name, pid] of Object.entries(this.pids))
      used[name] = cpuSecondsOf(pid) - (this.start.get(name) ?? 0);
    used['self'] = CpuMeter.self() - (this.start.get('self') ?? 0);
    return used;
  }
}

/** The local runtime's own process of a component (its pid file), when the runtime is the one used. */
export function runtimePid(env: RuntimeEnv, component: string): number | undefined {
  const dir = env['CERTHUB_RUN_DIR'];
  if (!dir) return undefined;
  try {
    return Number(readFileSync(join(dir, 'pids', `${component}.pid`), 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}
