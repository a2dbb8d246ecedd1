import {
  CLEA_FRAMEWORKS,
  type Evaluation,
  type Framework,
  type Principal,
  type SubDomainScore,
  subDomainIds,
} from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import { candidateEvent } from '../candidacy/candidacy-events';
import type { CandidateView, EvaluationEntry } from '../candidacy/candidate.schema';

/** The framework an evaluation was made against: published versions are never edited. */
export function frameworkOf(version: string): Framework {
  const framework = CLEA_FRAMEWORKS.find((f) => f.version === version);
  if (!framework) throw new DomainError('internal', `CléA framework ${version} is not published`);
  return framework;
}

/** The candidate's evaluation of that id, 404 otherwise. */
export function evaluationOf(c: CandidateView, evaluationId: string): EvaluationEntry {
  const found = c.evaluations?.find((e) => e.id === evaluationId);
  if (!found) throw DomainError.notFound(`evaluation ${evaluationId}`);
  return found;
}

/** The candidate's draft evaluation of that id: 404 if none, 409 if finalised (reopened first). */
function draftOf(c: CandidateView, evaluationId: string): EvaluationEntry {
  const e = evaluationOf(c, evaluationId);
  if (e.status !== 'draft')
    throw DomainError.conflict(
      `evaluation ${e.id} is finalised: an organisation administrator reopens it first`,
      {
        evaluationStatus: e.status,
      },
    );
  return e;
}

/**
 * The candidate the principal reaches (404 otherwise) and its draft evaluation the request names
 * (see draftOf): where every change of a draft starts.
 */
export async function loadDraft(
  lifecycle: CandidacyLifecycle,
  principal: Principal,
  ids: { candidateId: string; evaluationId: string },
): Promise<{ candidate: CandidateView; current: EvaluationEntry }> {
  const candidate = await lifecycle.load(principal, ids.candidateId);
  return { candidate, current: draftOf(candidate, ids.evaluationId) };
}

/** Scores of sub-domains that are not in the evaluation's framework: 422 naming each. */
export function unknownSubDomains(framework: Framework, scores: SubDomainScore[]): void {
  const known = new Set(subDomainIds(framework));
  const issues = scores.flatMap((s, i) =>
    known.has(s.subDomainId)
      ? []
      : [
          {
            field: `scores.${i}.subDomainId`,
            message: `${s.subDomainId} is not a sub-domain of framework ${framework.version}`,
          },
        ],
  );
  if (issues.length) throw DomainError.invalid(issues, 'some scores name no sub-domain of the framework');
}

/** The evaluations with one of them replaced: the list is written whole, at the candidate's version. */
export const replaced = (c: CandidateView, next: EvaluationEntry): EvaluationEntry[] =>
  (c.evaluations ?? []).map((e) => (e.id === next.id ? next : e));

export function evaluationEvent(
  c: CandidateView,
  e: EvaluationEntry,
  change: 'opened' | 'saved' | 'finalised' | 'reopened',
  principal: Principal,
  now: Date,
) {
  return candidateEvent(
    c,
    'certhub.candidacy.evaluation_changed.v1',
    {
      evaluationId: e.id,
      kind: e.kind,
      change,
      ...(e.validated === undefined ? {} : { validated: e.validated }),
      changedBy: principal.userId,
    },
    now,
  );
}

const iso = (d: Date | string) => new Date(d).toISOString();

export function toEvaluationResponse(c: CandidateView, e: EvaluationEntry): Evaluation {
  const framework = frameworkOf(e.frameworkVersion);
  return {
    id: e.id,
    candidateId: c._id,
    kind: e.kind,
    status: e.status,
    frameworkVersion: e.frameworkVersion,
    evaluatorName: e.evaluatorName,
    evaluatorEmail: e.evaluatorEmail,
    evaluatedOn: e.evaluatedOn,
    scores: e.scores,
    acquired: e.scores.filter((s) => s.acquired).length,
    subDomains: subDomainIds(framework).length,
    ...(e.validated === undefined ? {} : { validated: e.validated }),
    ...(e.matrixDocumentId ? { matrixDocumentId: e.matrixDocumentId } : {}),
    proofDocumentIds: e.proofDocumentIds,
    createdAt: iso(e.createdAt),
    createdBy: e.createdBy,
    ...(e.finalisedAt ? { finalisedAt: iso(e.finalisedAt), finalisedBy: e.finalisedBy } : {}),
    reopenings: e.reopenings.map((r) => ({ at: iso(r.at), by: r.by, reason: r.reason })),
    candidateVersion: c.version,
  };
}
