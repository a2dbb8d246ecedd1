import { Metrics } from '../metrics/metrics';
import { PeriodicJobs } from './periodic-jobs';

describe(PeriodicJobs.name, () => {
  let metrics: Metrics;
  let now: Date;
  let sut: PeriodicJobs;

  const passes = async (job: string, outcome: string) =>
    (await metrics.registry.getSingleMetric('certhub_periodic_job_passes_total')!.get()).values.find(
      (v) => v.labels['job'] === job && v.labels['outcome'] === outcome,
    )?.value ?? 0;

  /** A pass that stays in flight until `finish` is called. */
  const gate = () => {
    let finish = () => undefined as void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    return { done, finish: () => finish() };
  };

  beforeEach(() => {
    jest.useFakeTimers();
    jest.spyOn(Math, 'random').mockReturnValue(0.5); // no jitter unless a test says otherwise
    metrics = new Metrics('test');
    now = new Date('2026-03-01T00:00:00Z');
    sut = new PeriodicJobs(metrics, () => now);
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('starts with the application, runs after each wait with the clock’s time, and stops before shutdown', async () => {
    const seen: Date[] = [];
    sut.register({ name: 'sweep', intervalMs: 1_000, run: async ({ now: at }) => void seen.push(at) });
    await jest.advanceTimersByTimeAsync(5_000);
    expect(seen).toEqual([]); // not before bootstrap

    sut.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(999);
    expect(seen).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(seen).toEqual([now]);
    now = new Date('2026-03-02T00:00:00Z');
    await jest.advanceTimersByTimeAsync(1_000);
    expect(seen.map((d) => d.toISOString().slice(0, 10))).toEqual(['2026-03-01', '2026-03-02']);

    await sut.beforeApplicationShutdown();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(seen).toHaveLength(2);
    expect(await passes('sweep', 'ok')).toBe(2);
  });

  it('never overlaps two passes: the wait starts when a pass ends', async () => {
    const slow = gate();
    let started = 0;
    sut.register({
      name: 'slow',
      intervalMs: 100,
      run: async () => {
        started += 1;
        if (started === 1) await slow.done;
      },
    });
    sut.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(started).toBe(1);
    slow.finish();
    await jest.advanceTimersByTimeAsync(99);
    expect(started).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(started).toBe(2);
    await sut.beforeApplicationShutdown();
  });

  it('spreads the waits by ± the jitter', async () => {
    const at: number[] = [];
    const random = jest.spyOn(Math, 'random');
    random.mockReturnValueOnce(0).mockReturnValueOnce(1);
    sut.register({
      name: 'spread',
      intervalMs: 1_000,
      jitter: 0.2,
      run: async () => void at.push(Date.now()),
    });
    const t0 = Date.now();
    sut.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(800);
    expect(at.map((t) => t - t0)).toEqual([800]);
    await jest.advanceTimersByTimeAsync(1_200);
    expect(at.map((t) => t - t0)).toEqual([800, 2_000]);
    await sut.beforeApplicationShutdown();
  });

  it('logs and counts a failed pass, and runs again at the usual time', async () => {
    let calls = 0;
    sut.register({
      name: 'flaky',
      intervalMs: 500,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database away');
      },
    });
    sut.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(2);
    expect(await passes('flaky', 'failed')).toBe(1);
    expect(await passes('flaky', 'ok')).toBe(1);
    await sut.beforeApplicationShutdown();
  });

  it('runs at start when asked, and at once when nudged (after the pass in hand)', async () => {
    const busy = gate();
    let calls = 0;
    const handle = sut.register({
      name: 'queue',
      intervalMs: 60_000,
      runAtStart: true,
      run: async () => {
        calls += 1;
        if (calls === 2) await busy.done;
      },
    });
    sut.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    handle.nudge();
    await jest.advanceTimersByTimeAsync(0);
    expect(calls).toBe(2);
    handle.nudge(); // during pass 2: pass 3 follows it instead of waiting a minute
    busy.finish();
    await jest.advanceTimersByTimeAsync(0);
    expect(calls).toBe(3);
    await sut.beforeApplicationShutdown();
  });

  it('lets the pass in hand finish on shutdown, and tells it to stop looping', async () => {
    const items = gate();
    let aborted: boolean | undefined;
    sut.register({
      name: 'drain',
      intervalMs: 100,
      runAtStart: true,
      run: async ({ signal }) => {
        await items.done;
        aborted = signal.aborted;
      },
    });
    sut.onApplicationBootstrap();
    const stopped = sut.beforeApplicationShutdown();
    let done = false;
    void stopped.then(() => (done = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    items.finish();
    await stopped;
    expect(aborted).toBe(true);
  });

  it('refuses two jobs of one name', () => {
    sut.register({ name: 'twice', intervalMs: 1, run: async () => undefined });
    expect(() => sut.register({ name: 'twice', intervalMs: 1, run: async () => undefined })).toThrow(
      /registered twice/,
    );
  });
});
