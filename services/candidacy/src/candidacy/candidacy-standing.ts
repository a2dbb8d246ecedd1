import { Injectable } from '@nestjs/common';
import { establishmentWorks, type CandidacyAction, type Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { CandidateView } from './candidate.schema';
import { IdentityDirectory, type EstablishmentInfo } from './identity-directory';

/**
 * What the training side still does on the dossiers of an inactive establishment: write to the
 * certifier about a dossier it holds, and (the network's administrator) take back a send made by
 * mistake. Everything else it does on them is refused: an inactive establishment no longer
 * completes its dossiers (docs/domain/individuals-certification.md#active-flag). The portal's
 * candidate page shows exactly these two to such an establishment's users.
 */
export const OPEN_TO_INACTIVE: readonly CandidacyAction[] = ['post_message', 'cancel_sending'];

/**
 * The evaluations and trainings wait for a habilitation in force with the candidacy's certifier
 * (the portal locks their tabs). The table's rows guard all but the reopening (`habilitation_valid`),
 * which an administrator takes: checked here with the same guard.
 */
const HABILITATED_BY_ADMISSION: readonly CandidacyAction[] = ['reopen_evaluation'];

/** The training side: the users of a network at any level; the certifier, its jury and the platform are not. */
export const isTrainingSide = (principal: Principal): boolean => principal.tenantType === 'network';

/** Which flag stops the establishment, in words. */
const inactive = (e: Pick<EstablishmentInfo, 'active' | 'name'>): string =>
  e.active
    ? `the training organisation of establishment ${e.name} is inactive`
    : `establishment ${e.name} is inactive`;

/** 409: the establishment of the dossier does not work; `reason` is the stable code clients read. */
export const establishmentInactive = (
  c: Pick<CandidateView, 'status' | 'establishmentId'>,
  establishment: Pick<EstablishmentInfo, 'active' | 'name'>,
  action: CandidacyAction,
): DomainError =>
  new DomainError(
    'invalid_transition',
    `${inactive(establishment)}: its dossiers are read-only until its certifier reactivates it`,
    { currentStatus: c.status, action, reason: 'establishment_inactive', establishmentId: c.establishmentId },
  );

/** 409: no habilitation in force with the candidacy's certifier; `reason` is the stable code clients read. */
export const habilitationNotInForce = (
  c: Pick<CandidateView, 'status' | 'establishmentId' | 'establishmentName' | 'certifierId'>,
  action: CandidacyAction,
): DomainError =>
  new DomainError(
    'invalid_transition',
    `establishment ${c.establishmentName} holds no habilitation in force with the candidacy’s certifier: evaluations and trainings wait for one`,
    {
      currentStatus: c.status,
      action,
      guard: 'habilitation_valid',
      reason: 'habilitation_not_in_force',
      establishmentId: c.establishmentId,
      certifierId: c.certifierId,
    },
  );

/**
 * Whether the training side may still write on a candidacy now: its establishment active (identity
 * owns the flag, read with the caller's rights at each command: a command is a person's click), and
 * for the reopening of an evaluation, habilitated. The certifier's people, its jury and the
 * platform are never refused here.
 */
@Injectable()
export class CandidacyStanding {
  constructor(private readonly identity: IdentityDirectory) {}

  async admit(
    principal: Principal,
    action: CandidacyAction,
    c: CandidateView,
    habilitated: () => Promise<boolean>,
  ): Promise<void> {
    if (!isTrainingSide(principal)) return;
    if (!OPEN_TO_INACTIVE.includes(action)) {
      const establishment = await this.identity.establishment(c.establishmentId, principal);
      if (!establishmentWorks(establishment)) throw establishmentInactive(c, establishment, action);
    }
    if (HABILITATED_BY_ADMISSION.includes(action) && !(await habilitated()))
      throw habilitationNotInForce(c, action);
  }
}

/**
 * An establishment about to record a dossier (a registration) or take one over (a transfer
 * request): refused with 409 when it does not work, `reason` being the stable code clients read.
 */
export function requireActive(establishment: EstablishmentInfo, doing: string): void {
  if (!establishmentWorks(establishment))
    throw new DomainError('invalid_transition', `${inactive(establishment)}: it ${doing}`, {
      reason: 'establishment_inactive',
      establishmentId: establishment.id,
      active: false,
    });
}
