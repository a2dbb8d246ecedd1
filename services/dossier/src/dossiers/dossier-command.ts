import type { DossierAction, DossierResponse, DossierStatus, Principal } from '@certhub/contracts';
import type { Change } from '@certhub/platform';
import type { DossierLifecycle } from '../lifecycle/dossier-lifecycle';
import type { DossierView } from '../lifecycle/dossier.schema';
import { toDossierResponse } from './dossier.mapper';

/**
 * The usual command on one dossier: `action` applied to the dossier the request names, with the
 * change `decide` states; `then` runs on the dossier as written (a document context to follow it);
 * the answer is that dossier as the wire shows it.
 */
export async function dossierCommand(
  lifecycle: DossierLifecycle,
  principal: Principal,
  request: { dossierId: string },
  action: DossierAction,
  decide: (current: DossierView, now: Date) => Change<DossierStatus> | Promise<Change<DossierStatus>>,
  then?: (after: DossierView) => Promise<unknown>,
): Promise<DossierResponse> {
  const { after } = await lifecycle.apply(principal, request.dossierId, action, decide);
  await then?.(after);
  return toDossierResponse(after);
}
