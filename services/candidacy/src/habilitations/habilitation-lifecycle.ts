import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HABILITATION_TABLE, type HabilitationAction, type HabilitationStatus } from '@certhub/contracts';
import { VersionedAggregate } from '@certhub/platform';
import { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import { HabilitationRepository } from './habilitation.repository';
import type { HabilitationView } from './habilitation.schema';
import { inForce, todayOf } from './habilitation-period';

/**
 * Habilitations on the versioned write path; and the candidacy's `habilitation_valid` guard, answered
 * here where habilitations are: evaluations and trainings need one in force with the candidacy's
 * certifier.
 */
@Injectable()
export class HabilitationLifecycle
  extends VersionedAggregate<HabilitationView, HabilitationStatus, HabilitationAction>
  implements OnModuleInit
{
  constructor(
    private readonly habilitations: HabilitationRepository,
    private readonly candidacies: CandidacyLifecycle,
  ) {
    super({ kind: 'habilitation', table: HABILITATION_TABLE, store: habilitations });
  }

  onModuleInit(): void {
    this.candidacies.guards.register('habilitation_valid', (candidate, { now }) =>
      this.inForce(candidate.establishmentId, candidate.certifierId, now),
    );
  }

  async inForce(establishmentId: string, certifierId: string, now: Date): Promise<boolean> {
    const today = todayOf(now);
    return (await this.habilitations.ofEstablishment(establishmentId, certifierId)).some((h) =>
      inForce(h, today),
    );
  }
}
