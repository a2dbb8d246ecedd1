import { Injectable } from '@nestjs/common';
import { DomainError } from '@certhub/platform';
import type { DossierView } from '../dossiers/dossier.schema';
import type { Guard } from './lifecycle.table';

export type GuardCheck = (dossier: DossierView) => Promise<boolean> | boolean;

/**
 * The conditions the lifecycle table names, registered by the modules that own their data
 * (dossier data here, audit findings by the findings module). A guard nobody registered fails
 * loudly: a transition must never pass because its condition was forgotten.
 */
@Injectable()
export class LifecycleGuards {
  private readonly checks = new Map<Guard, GuardCheck>();

  register(guard: Guard, check: GuardCheck): void {
    if (this.checks.has(guard)) throw new Error(`lifecycle guard ${guard} is registered twice`);
    this.checks.set(guard, check);
  }

  isRegistered(guard: Guard): boolean {
    return this.checks.has(guard);
  }

  /** The first guard that does not hold, or undefined when all hold. */
  async firstFailing(guards: readonly Guard[], dossier: DossierView): Promise<Guard | undefined> {
    for (const guard of guards) {
      const check = this.checks.get(guard);
      if (!check)
        throw new DomainError(
          'internal',
          `lifecycle guard ${guard} is not registered: the transition is refused`,
        );
      if (!(await check(dossier))) return guard;
    }
    return undefined;
  }
}
