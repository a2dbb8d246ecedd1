import type { Role } from '@certhub/contracts';

/**
 * The certification body's staff who work on organisations' dossiers, audits and findings (the
 * dossier service's read rule: the CB-wide roles, and auditors for the audits they are booked on).
 * A certifier's staff or jury member of the individuals' line is a CB user too, without these pages.
 * Spelled here rather than imported: the contracts' index would bring zod into the first script.
 */
export const ORGANISATION_LINE_STAFF: readonly Role[] = ['cb_admin', 'analyst', 'decision_maker', 'auditor'];
