import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Metrics } from '../metrics/metrics';
import { SERVICE_CONFIG } from '../platform.options';
import { CLOCK, PeriodicJobs, type PeriodicJob } from './periodic-jobs';
import { Periodic, PeriodicDiscovery } from './periodic.decorator';

interface Config {
  SWEEP_MS: number;
}

@Injectable()
class Sweeper {
  readonly passes: Array<{ now: Date; aborted: boolean; self: unknown }> = [];

  @Periodic<Config>({ name: 'sweep', intervalMs: (config) => config.SWEEP_MS, runAtStart: true })
  async sweep(now: Date, signal: AbortSignal): Promise<number> {
    this.passes.push({ now, aborted: signal.aborted, self: this });
    return 1;
  }

  notAJob(): void {}
}

describe(PeriodicDiscovery.name, () => {
  it('registers each @Periodic method with its schedule read from the config, called on its provider', async () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const registered: PeriodicJob[] = [];
    const moduleRef = await Test.createTestingModule({
      imports: [DiscoveryModule],
      providers: [
        Sweeper,
        PeriodicDiscovery,
        PeriodicJobs,
        { provide: Metrics, useValue: new Metrics('test') },
        { provide: CLOCK, useValue: () => now },
        { provide: SERVICE_CONFIG, useValue: { SWEEP_MS: 1_234 } satisfies Config },
      ],
    }).compile();
    const jobs = moduleRef.get(PeriodicJobs);
    const register = jobs.register.bind(jobs);
    jest.spyOn(jobs, 'register').mockImplementation((job) => (registered.push(job), register(job)));

    const app = await moduleRef.init();
    expect(registered.map(({ name, intervalMs, runAtStart }) => ({ name, intervalMs, runAtStart }))).toEqual([
      { name: 'sweep', intervalMs: 1_234, runAtStart: true },
    ]);
    const sweeper = app.get(Sweeper);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sweeper.passes).toEqual([{ now, aborted: false, self: sweeper }]);
    await app.close();
  });
});
