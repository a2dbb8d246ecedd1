import type { CandidacyAction, CandidacyStatus, Certification, Principal } from '@certhub/contracts';
import type { Change } from '@certhub/platform';
import type { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import type { CandidateView } from '../candidacy/candidate.schema';
import { toCertificationResponse } from './certification.mapper';

/**
 * A step of the candidacy with the certifier: `action` applied to the candidate (its id, or the
 * candidate already loaded and checked for this command), with the change `decide` states; the
 * answer is where the candidacy then stands with the certifier.
 */
export async function certificationCommand(
  lifecycle: CandidacyLifecycle,
  principal: Principal,
  target: string | CandidateView,
  action: CandidacyAction,
  decide: (current: CandidateView, now: Date) => Change<CandidacyStatus>,
): Promise<Certification> {
  const { after } = await lifecycle.apply(principal, target, action, decide);
  return toCertificationResponse(after);
}
