import { Inject, Injectable, SetMetadata, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { SERVICE_CONFIG } from '../platform.options';
import { PeriodicJobs, type PeriodicJob } from './periodic-jobs';

export interface PeriodicSchedule<Config> extends Pick<PeriodicJob, 'name' | 'jitter' | 'runAtStart'> {
  /** Read from the service's validated config when the job is registered. */
  intervalMs: (config: Config) => number;
}

const PERIODIC = Symbol('PERIODIC');

/**
 * Makes a provider's method a periodic job (PeriodicJobs): the job states its own schedule next to
 * what it does instead of every feature injecting PeriodicJobs to register itself. The method is
 * called with the pass's time and abort signal, `(now, signal)`, and resolves to how many items it
 * handled (or nothing).
 */
export function Periodic<Config>(schedule: PeriodicSchedule<Config>): MethodDecorator {
  return SetMetadata(PERIODIC, schedule);
}

type PassMethod = (now: Date, signal: AbortSignal) => Promise<number | void>;

/** Registers every `@Periodic` method of the application's singleton providers. */
@Injectable()
export class PeriodicDiscovery implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly jobs: PeriodicJobs,
    @Inject(SERVICE_CONFIG) private readonly config: object,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!wrapper.isDependencyTreeStatic() || !instance || typeof instance !== 'object') continue;
      for (const name of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const method = (instance as Record<string, PassMethod>)[name] as PassMethod;
        const schedule = this.reflector.get<PeriodicSchedule<object> | undefined>(PERIODIC, method);
        if (!schedule) continue;
        this.jobs.register({
          ...schedule,
          intervalMs: schedule.intervalMs(this.config),
          run: ({ now, signal }) => method.call(instance, now, signal),
        });
      }
    }
  }
}
