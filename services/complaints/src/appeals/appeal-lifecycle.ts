import { Injectable } from '@nestjs/common';
import { APPEAL_TABLE, type AppealAction, type AppealGuard, type AppealStatus } from '@certhub/contracts';
import { DomainError, GuardRegistry, VersionedAggregate } from '@certhub/platform';
import { caseTrailEntry, handlerOrCbAdmin } from '../common/case-lifecycle';
import { AppealRepository } from './appeal.repository';
import type { AppealDoc } from './appeal.schema';

/** The appeal on the platform's versioned write path: its table, its guards, its read scope. */
@Injectable()
export class AppealLifecycle extends VersionedAggregate<AppealDoc, AppealStatus, AppealAction, AppealGuard> {
  constructor(appeals: AppealRepository) {
    super({
      kind: 'appeal',
      label: (a) => `appeal ${a.reference}`,
      table: APPEAL_TABLE,
      store: appeals,
      guards: new GuardRegistry<AppealDoc, AppealGuard, AppealAction>({
        handler: handlerOrCbAdmin,
        effect_in_force: (a) => !a.effectSuspended,
        appellant: (a, { principal }) => principal.tenantId === a.organisationId,
      }),
      guardRefusal: (guard, action) =>
        guard === 'effect_in_force'
          ? undefined
          : DomainError.forbidden(`${action} is for the appeal’s ${guard}`),
      trailEntry: caseTrailEntry,
    });
  }
}
