import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { DossierView } from './dossier.schema';

/**
 * ISO/IEC 17065 §7.6: whoever audited the dossier does not decide on it, whether in a pending
 * decision or in a suspension or withdrawal outside one
 * (docs/domain/organisation-certification.md#impartiality).
 */
export function assertImpartial(principal: Principal, d: DossierView): void {
  if ((d.auditorIds ?? []).includes(principal.userId))
    throw DomainError.forbidden(
      'you audited this dossier: another decision-maker must decide (impartiality)',
    );
}
