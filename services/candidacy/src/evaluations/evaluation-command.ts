import type { CandidacyAction, CandidacyStatus, Evaluation, Principal } from '@certhub/contracts';
import type { ApplyOptions, Change } from '@certhub/platform';
import type { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import type { CandidateView, EvaluationEntry } from '../candidacy/candidate.schema';
import { toEvaluationResponse } from './evaluation-records';

/**
 * A step of one evaluation: `action` applied to the candidate (its id, or the candidate already
 * loaded and checked for this command), with the change `decide` states, which names the evaluation
 * as it becomes; `then` runs on the candidate as written. The answer is that evaluation.
 */
export async function evaluationCommand(
  lifecycle: CandidacyLifecycle,
  principal: Principal,
  target: string | CandidateView,
  action: CandidacyAction,
  decide: (current: CandidateView, now: Date) => Change<CandidacyStatus> & { evaluation: EvaluationEntry },
  options: ApplyOptions & { then?: (after: CandidateView) => Promise<unknown> } = {},
): Promise<Evaluation> {
  const { then, ...apply } = options;
  const { after, change } = await lifecycle.apply(principal, target, action, decide, apply);
  await then?.(after);
  return toEvaluationResponse(after, change.evaluation);
}
