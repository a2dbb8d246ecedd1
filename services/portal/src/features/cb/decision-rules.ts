import type { DecisionOutcomeSchema, DossierStatus } from '@certhub/contracts';
import type { z } from 'zod';

export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

/**
 * The decision screen's reading of the dossier service's rules (decision kinds, the scheme's options,
 * impartiality, the certificate actions' statuses), so the page offers only what the API will take
 * and says why before it refuses. The API still checks every one of them.
 */
export type DecisionKind = 'initial' | 'surveillance' | 'renewal';

interface DossierShape {
  status: DossierStatus;
  certificate?: { status: 'valid' | 'suspended' | 'withdrawn' | 'expired' } | undefined;
  cycle: { renewal?: unknown };
}

/** A renewal decides like an initial certification; a certified dossier otherwise is in surveillance. */
export function decisionKind(dossier: DossierShape): DecisionKind {
  if (dossier.cycle.renewal) return 'renewal';
  return dossier.certificate ? 'surveillance' : 'initial';
}

export function offeredOutcomes(
  options: { initial: readonly DecisionOutcome[]; surveillance: readonly DecisionOutcome[] },
  kind: DecisionKind,
): readonly DecisionOutcome[] {
  return kind === 'surveillance' ? options.surveillance : options.initial;
}

/** Whoever was booked on one of the dossier's audits does not decide on it (ISO/IEC 17065 §7.6). */
export const hasAudited = (
  audits: readonly { auditorIds: readonly string[] }[],
  userId: string | undefined,
) => Boolean(userId) && audits.some((a) => a.auditorIds.includes(userId as string));

/** Statuses of a certified dossier going through a surveillance or renewal audit. */
const CERTIFIED_CYCLE: readonly DossierStatus[] = [
  'certified',
  'audit_planned',
  'audited',
  'findings_open',
  'decision_pending',
  'renewal',
];

export interface CertificateActions {
  suspend: boolean;
  withdraw: boolean;
  reinstate: boolean;
}

/** Suspend a valid certificate, reinstate a suspended one, withdraw one still held. */
export function certificateActions(dossier: DossierShape): CertificateActions {
  const held = dossier.certificate?.status;
  return {
    suspend: CERTIFIED_CYCLE.includes(dossier.status) && held === 'valid',
    withdraw:
      [...CERTIFIED_CYCLE, 'suspended'].includes(dossier.status) &&
      (held === 'valid' || held === 'suspended'),
    reinstate: dossier.status === 'suspended',
  };
}
