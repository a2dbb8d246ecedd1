import type { Principal } from '@certhub/contracts';
import { DomainError } from '../errors/domain-error';

export interface GuardContext<A extends string = string> {
  principal: Principal;
  action: A;
  now: Date;
}

export type GuardCheck<T, A extends string = string> = (
  aggregate: T,
  context: GuardContext<A>,
) => Promise<boolean> | boolean;

/**
 * The conditions a lifecycle table names, registered by the modules that own their data (a guard
 * about findings is answered where the findings are). A guard nobody registered fails loudly: a
 * transition must never pass because its condition was forgotten.
 */
export class GuardRegistry<T, G extends string, A extends string = string> {
  private readonly checks = new Map<G, GuardCheck<T, A>>();

  constructor(checks: Partial<Record<G, GuardCheck<T, A>>> = {}) {
    for (const [guard, check] of Object.entries(checks) as [G, GuardCheck<T, A> | undefined][])
      if (check) this.register(guard, check);
  }

  register(guard: G, check: GuardCheck<T, A>): void {
    if (this.checks.has(guard)) throw new Error(`lifecycle guard ${guard} is registered twice`);
    this.checks.set(guard, check);
  }

  isRegistered(guard: G): boolean {
    return this.checks.has(guard);
  }

  /** The first guard that does not hold, or undefined when all hold. */
  async firstFailing(guards: readonly G[], aggregate: T, context: GuardContext<A>): Promise<G | undefined> {
    for (const guard of guards) {
      const check = this.checks.get(guard);
      if (!check)
        throw new DomainError(
          'internal',
          `lifecycle guard ${guard} is not registered: the transition is refused`,
        );
      if (!(await check(aggregate, context))) return guard;
    }
    return undefined;
  }
}
