import { path } from './route';

/**
 * The portal's pages that notifications lead to (services/portal/src/routes), shared by the routes
 * of several events. One thing often has a page per side: the applicant follows its dossier and
 * answers its findings on its own pages, the CB's staff instruct them on theirs.
 */
export const applicantDossier = (p: { dossierId: string }) => path`/dossiers/${p.dossierId}`;
export const applicantQuestionnaire = (p: { dossierId: string }) =>
  path`/dossiers/${p.dossierId}/questionnaire`;
/** The applicant answers every finding of its dossier on one page, in one batch. */
export const applicantFindings = (p: { dossierId: string }) => path`/dossiers/${p.dossierId}/findings`;

export const cbDossier = (p: { dossierId: string }) => path`/cb/dossiers/${p.dossierId}`;
export const decisionScreen = (p: { dossierId: string }) => path`/cb/dossiers/${p.dossierId}/decision`;
export const cbFinding = (p: { findingId: string }) => path`/cb/findings/${p.findingId}`;
export const cbAudit = (p: { auditId: string }) => path`/cb/audits/${p.auditId}`;

/** The tabs of the candidate's page (its `validateSearch`) a notification opens on. */
type CandidateTab = 'evaluations' | 'trainings' | 'exchanges' | 'certification' | 'dispatches';

/** The candidate's page, the same for the training side and its certifier, on a tab or its first. */
export const candidate =
  (tab?: CandidateTab) =>
  (p: { candidateId: string }): string =>
    path`/training/candidates/${p.candidateId}` + (tab ? `?tab=${tab}` : '');
