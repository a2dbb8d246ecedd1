import { Injectable } from '@nestjs/common';
import {
  DOSSIER_LIFECYCLE,
  type DossierAction,
  type DossierGuard,
  type DossierStatus,
} from '@certhub/contracts';
import {
  DomainError,
  GuardRegistry,
  VersionedAggregate,
  type GuardCheck,
  type TrailStep,
} from '@certhub/platform';
import { ActiveOrganisations } from './active-organisations';
import { today } from './calendar';
import { dossierEvent, dossierRef } from './dossier-events';
import { DossierRepository } from './dossier.repository';
import type { DossierView, TrailEntry } from './dossier.schema';
import { renewalDocumentsOf } from './renewal-documents';

const renewalOpen = (d: DossierView): boolean => Boolean(d.cycle?.renewal);

/** The guards that read the dossier's own data (audits and findings register theirs). */
export const DOSSIER_GUARDS = {
  certificate_valid: (d: DossierView) => d.certificate?.status === 'valid',
  certificate_held: (d: DossierView) =>
    d.certificate?.status === 'valid' || d.certificate?.status === 'suspended',
  initial_cycle: (d: DossierView) => !d.certificate || renewalOpen(d),
  surveillance_cycle: (d: DossierView) => Boolean(d.certificate) && !renewalOpen(d),
  questionnaire_findings_answered: (d: DossierView) =>
    (d.questionnaireFindings ?? []).every((f) => f.status !== 'open'),
  questionnaire_findings_closed: (d: DossierView) =>
    (d.questionnaireFindings ?? []).every((f) => f.status === 'closed'),
  renewal_window_open: (d: DossierView) => {
    const c = d.certificate;
    const opens = d.cycle?.renewalOpensOn;
    const now = today();
    return c?.status === 'valid' && opens !== undefined && opens <= now && now < c.validUntil;
  },
  validity_elapsed: (d: DossierView) => Boolean(d.certificate && d.certificate.validUntil < today()),
  complementary_requested: (d: DossierView) => Boolean(d.complementaryRequested),
  scope_change_pending: (d: DossierView) => d.scopeChange?.status === 'pending',
  renewal_documents_accepted: (d: DossierView) =>
    (renewalDocumentsOf(d)?.documents ?? []).every((doc) => doc.status === 'accepted'),
  offer_unsigned: (d: DossierView) => !d.offer?.signedDocumentId,
  offer_awaiting_signature: (d: DossierView) => Boolean(d.offer && !d.offer.signedDocumentId),
  no_offer_awaiting_signature: (d: DossierView) => !d.offer || Boolean(d.offer.signedDocumentId),
} as const satisfies Partial<Record<DossierGuard, GuardCheck<DossierView, DossierAction>>>;

/** The dossier's trail keeps its historical field names (`who`, `fromStatus`, `toStatus`). */
const toTrailEntry = (step: TrailStep<DossierStatus>): TrailEntry => ({
  at: step.at,
  who: step.by,
  action: step.action,
  what: step.what,
  fromStatus: step.from ?? step.to,
  toStatus: step.to,
  ...(step.before === undefined ? {} : { before: step.before }),
  ...(step.after === undefined ? {} : { after: step.after }),
});

/**
 * The dossier aggregate on the platform's versioned write path: the lifecycle table, its guards,
 * the principal's read scope, and the `status_changed` event every change of status adds.
 */
@Injectable()
export class DossierLifecycle extends VersionedAggregate<
  DossierView,
  DossierStatus,
  DossierAction,
  DossierGuard
> {
  readonly guards: GuardRegistry<DossierView, DossierGuard, DossierAction>;

  constructor(dossiers: DossierRepository, organisations: ActiveOrganisations) {
    const guards = new GuardRegistry<DossierView, DossierGuard, DossierAction>(DOSSIER_GUARDS);
    super({
      kind: 'dossier',
      table: DOSSIER_LIFECYCLE,
      store: dossiers,
      guards,
      statusFields: (_to, _current, now) => ({ updatedAt: now }),
      trailEntry: toTrailEntry,
      // Giving up stays open to an inactive organisation: only going on is refused.
      admit: (principal, action) =>
        action === 'abandon' ? Promise.resolve() : organisations.require(principal, 'complete its dossiers'),
      // The applicant is told when the window opens.
      guardRefusal: (guard, action, d) =>
        guard === 'renewal_window_open'
          ? new DomainError('invalid_transition', 'the renewal window of this certificate is not open', {
              currentStatus: d.status,
              action,
              guard,
              ...(d.cycle?.renewalOpensOn ? { opensOn: d.cycle.renewalOpensOn } : {}),
            })
          : undefined,
      transitionEvents: (d, to, { principal, now }) => [
        dossierEvent(
          'certhub.dossier.status_changed.v1',
          {
            ...dossierRef(d),
            from: d.status,
            to,
            at: now.toISOString(),
            by: principal.userId,
          },
          d,
          now,
        ),
      ],
    });
    this.guards = guards;
  }
}
