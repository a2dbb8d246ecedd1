import {
  DOSSIER_LIFECYCLE,
  mayTake,
  type DecisionOutcomeSchema,
  type DossierStatus,
  type Role,
} from '@certhub/contracts';
import type { z } from 'zod';

export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

/**
 * The decision screen's reading of the dossier service's rules (decision kinds, the scheme's options,
 * impartiality, the certificate actions' table rows), so the page offers only what the API will take
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

export interface CertificateActions {
  suspend: boolean;
  withdraw: boolean;
  reinstate: boolean;
}

/**
 * Suspend a valid certificate, reinstate a suspended one, withdraw one still held: the lifecycle
 * table's rows for the dossier's status and the reader's roles, and their guards on the certificate.
 */
export function certificateActions(dossier: DossierShape, roles: readonly Role[]): CertificateActions {
  const held = dossier.certificate?.status;
  const may = (action: keyof CertificateActions) => mayTake(DOSSIER_LIFECYCLE, dossier.status, action, roles);
  return {
    suspend: may('suspend') && held === 'valid',
    withdraw: may('withdraw') && (held === 'valid' || held === 'suspended'),
    reinstate: may('reinstate'),
  };
}
