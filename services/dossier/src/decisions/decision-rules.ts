import type { DecisionOutcomeSchema, Scheme, DossierAction } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { z } from 'zod';
import type { Decision, DossierView } from '../lifecycle/dossier.schema';

export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

/**
 * Which lifecycle action each outcome takes
 * (docs/domain/organisation-certification.md#initial-decision-options, #surveillance-decision-options).
 */
export const OUTCOME_ACTION: Readonly<Record<DecisionOutcome, DossierAction>> = {
  grant: 'decide_grant',
  refuse: 'decide_refuse',
  complementary_documentary_audit: 'decide_complementary',
  complementary_on_site_audit: 'decide_complementary',
  complementary_documentary_control: 'decide_complementary',
  complementary_on_site_control: 'decide_complementary',
  maintain: 'decide_maintain',
  suspend: 'decide_suspend',
  withdraw: 'decide_withdraw',
};

export const COMPLEMENTARY: Partial<Record<DecisionOutcome, 'documentary' | 'on_site'>> = {
  complementary_documentary_audit: 'documentary',
  complementary_on_site_audit: 'on_site',
  complementary_documentary_control: 'documentary',
  complementary_on_site_control: 'on_site',
};

/**
 * The kind of the decision pending: initial (no certificate yet, or a renewal with another CB
 * which starts as an initial audit), renewal (same CB), else surveillance
 * (docs/domain/organisation-certification.md#decision-kinds).
 */
export function decisionKind(d: DossierView): Decision['kind'] {
  if (d.cycle?.renewal) return 'renewal';
  return d.certificate ? 'surveillance' : 'initial';
}

/** The scheme's options for that kind: a renewal decides like an initial certification. */
export function allowedOutcomes(scheme: Scheme, kind: Decision['kind']): readonly DecisionOutcome[] {
  return kind === 'surveillance' ? scheme.decisionOptions.surveillance : scheme.decisionOptions.initial;
}

export function assertOutcomeOffered(scheme: Scheme, kind: Decision['kind'], outcome: DecisionOutcome): void {
  const allowed = allowedOutcomes(scheme, kind);
  if (!allowed.includes(outcome))
    throw new DomainError('validation_failed', `${outcome} is not a ${kind} decision of ${scheme.title}`, [
      { field: 'outcome', message: `one of ${allowed.join(', ')}` },
    ]);
}
