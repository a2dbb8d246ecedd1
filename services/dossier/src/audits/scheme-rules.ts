import { Injectable } from '@nestjs/common';
import { schemeRequirements } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { SchemeService } from '../schemes/scheme.service';

/** The scheme data audits and findings depend on: horizon, findings deadline, requirements. */
@Injectable()
export class SchemeRules {
  constructor(private readonly schemes: SchemeService) {}

  /**
   * "Upcoming interventions" horizon and auditor findings deadline (docs/domain/schemes.md#cycle), in days.
   */
  async cycle(
    schemeId: string,
    version: string,
  ): Promise<{ horizonDays: number; findingsDeadlineDays: number }> {
    const scheme = await this.schemes.get(schemeId, version);
    return {
      horizonDays: scheme.cycle.upcomingHorizonDays,
      findingsDeadlineDays: scheme.cycle.findingsDeadlineDays,
    };
  }

  /** A finding refers to a requirement of the dossier's scheme version, nothing else. */
  async requireRequirement(schemeId: string, version: string, requirementId: string): Promise<void> {
    const scheme = await this.schemes.get(schemeId, version);
    if (!schemeRequirements(scheme).some((r) => r.id === requirementId)) {
      throw new DomainError(
        'validation_failed',
        `requirement ${requirementId} is not in scheme ${schemeId} ${version}`,
        [{ field: 'requirementId', message: `unknown requirement of ${schemeId} ${version}` }],
      );
    }
  }
}
