import type { Answers, DossierStatus, Scheme } from '@certhub/contracts';

export const DAY_MS = 86_400_000;
export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The tenants and people of the data set; index 0 of each CB's staff is the real demo user. */
export interface World {
  now: number;
  cbs: { id: string; prefix: string; analysts: string[]; auditors: string[] }[];
  organisations: number;
  /** Share of the dossiers that belong to org-demo (a large applicant tenant). */
  demoShare: number;
  schemes: Scheme[];
  /** Complete and partial answer sets per scheme, reused round-robin (size is what matters). */
  answerPool: Map<string, { complete: Answers[]; partial: Answers[] }>;
}

/** The lifecycle path a dossier went through to reach its status (statuses before it, in order). */
const PATH: DossierStatus[] = [
  'draft',
  'submitted',
  'admissible',
  'contracted',
  'audit_planned',
  'audited',
  'findings_open',
  'decision_pending',
  'certified',
];
const BEYOND_CERTIFIED: DossierStatus[] = ['renewal', 'suspended', 'withdrawn', 'expired'];

/** Where the 100k dossiers are in the lifecycle: most certified, a long tail of every other status. */
export const STATUS_WEIGHTS: readonly (readonly [DossierStatus, number])[] = [
  ['draft', 8],
  ['submitted', 4],
  ['findings_on_questionnaire', 2],
  ['corrected', 1],
  ['admissible', 3],
  ['contracted', 3],
  ['audit_planned', 6],
  ['audited', 3],
  ['findings_open', 10],
  ['decision_pending', 4],
  ['certified', 33],
  ['renewal', 3],
  ['suspended', 2],
  ['withdrawn', 2],
  ['expired', 4],
  ['refused', 3],
  ['abandoned', 7],
];

/** How far along the path a status is (questionnaire findings sit between submitted and admissible). */
export function stepsOf(status: DossierStatus): DossierStatus[] {
  if (status === 'findings_on_questionnaire') return ['draft', 'submitted', 'findings_on_questionnaire'];
  if (status === 'corrected') return ['draft', 'submitted', 'findings_on_questionnaire', 'corrected'];
  if (status === 'refused') return ['draft', 'submitted', 'refused'];
  if (status === 'abandoned') return ['draft', 'abandoned'];
  if (BEYOND_CERTIFIED.includes(status)) return [...PATH, status];
  return PATH.slice(0, PATH.indexOf(status) + 1);
}

export const reached = (status: DossierStatus, step: DossierStatus): boolean =>
  stepsOf(status).includes(step);
