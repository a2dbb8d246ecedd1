import { z } from 'zod';
import { actorsOf, actorsOfAll } from '../lifecycles/lifecycle-table';
import { APPEAL_TABLE } from '../lifecycles/appeal.table';
import { DOSSIER_LIFECYCLE } from '../lifecycles/dossier.table';
import { FINDING_TABLE } from '../lifecycles/finding.table';
import {
  AppealListQuerySchema,
  AppealSchema,
  AssignAppealRequestSchema,
  DecideAppealRequestSchema,
  UpholdAppealRequestSchema,
  LodgeAppealRequestSchema,
  ReviewAppealRequestSchema,
  SuspendAppealEffectRequestSchema,
  WithdrawAppealRequestSchema,
} from '../complaints/appeal.schemas';
import { pageOf } from '../pagination';
import type { Role } from '../roles';

const HANDLERS = ['cb_admin', 'analyst', 'decision_maker'] as const satisfies readonly Role[];
/** The appellant's side reads its own appeals; the CB's staff those of the register they may see. */
const READERS = [...HANDLERS, 'org_admin', 'org_member'] as const satisfies readonly Role[];
const byAppeal = z.object({ appealId: z.string().min(1).max(64) }).strict();

/** Appeals against a CB's decision (docs/domain/complaints-and-appeals.md#appeal). */
export const AppealRpc = {
  'complaints.appeals.lodge': {
    http: {
      method: 'POST',
      path: '/api/v1/appeals',
      status: 201,
      roles: ['org_admin'],
      tag: 'appeals',
      summary:
        'Appeal a decision of the CB on one of the organisation’s dossiers, within the scheme’s appeal period',
    },
    request: LodgeAppealRequestSchema,
    response: AppealSchema,
  },
  'complaints.appeals.list': {
    http: {
      method: 'GET',
      path: '/api/v1/appeals',
      roles: [...READERS],
      tag: 'appeals',
      summary:
        'Appeals: the CB’s register (an administrator sees all, a handler his) or the organisation’s own',
    },
    request: AppealListQuerySchema,
    response: pageOf(AppealSchema),
  },
  'complaints.appeals.get': {
    http: {
      method: 'GET',
      path: '/api/v1/appeals/{appealId}',
      roles: [...READERS],
      tag: 'appeals',
      summary: 'One appeal with its trail',
    },
    request: byAppeal,
    response: AppealSchema,
  },
  'complaints.appeals.assign': {
    http: {
      method: 'POST',
      path: '/api/v1/appeals/{appealId}/assignment',
      roles: actorsOf(APPEAL_TABLE, 'assign'),
      tag: 'appeals',
      summary: 'Name the appeal’s handler: never the auditor, analyst or decider of the dossier (422)',
    },
    request: AssignAppealRequestSchema,
    response: AppealSchema,
  },
  'complaints.appeals.suspend-effect': {
    http: {
      method: 'POST',
      path: '/api/v1/appeals/{appealId}/effect-suspension',
      roles: actorsOf(APPEAL_TABLE, 'suspend_effect'),
      tag: 'appeals',
      summary: 'Suspend the effect of the contested decision until the appeal is decided',
    },
    request: SuspendAppealEffectRequestSchema,
    response: AppealSchema,
  },
  'complaints.appeals.uphold': {
    http: {
      method: 'POST',
      path: '/api/v1/appeals/{appealId}/upholding',
      roles: actorsOf(APPEAL_TABLE, 'uphold'),
      tag: 'appeals',
      summary:
        'Uphold the appeal with a reasoned answer (and, for a finding, the classification it takes): the decision is then reviewed',
    },
    request: UpholdAppealRequestSchema,
    response: AppealSchema,
  },
  'complaints.appeals.reject': {
    http: {
      method: 'POST',
      path: '/api/v1/appeals/{appealId}/rejection',
      roles: actorsOf(APPEAL_TABLE, 'reject'),
      tag: 'appeals',
      summary: 'Reject the appeal with a reasoned answer: the decision stands',
    },
    request: DecideAppealRequestSchema,
    response: AppealSchema,
  },
  'complaints.appeals.review': {
    http: {
      method: 'POST',
      path: '/api/v1/appeals/{appealId}/review',
      roles: actorsOfAll(
        actorsOf(APPEAL_TABLE, 'review'),
        actorsOf(DOSSIER_LIFECYCLE, 'review_on_appeal', 'reinstate'),
        actorsOf(FINDING_TABLE, 'reclassify_on_appeal'),
      ),
      tag: 'appeals',
      summary:
        'Review the upheld decision through the dossier lifecycle (a suspended certificate is reinstated, a finding reclassified)',
    },
    request: ReviewAppealRequestSchema,
    response: AppealSchema,
  },
  'complaints.appeals.withdraw': {
    http: {
      method: 'POST',
      path: '/api/v1/appeals/{appealId}/withdrawal',
      roles: actorsOf(APPEAL_TABLE, 'withdraw'),
      tag: 'appeals',
      summary: 'The appellant withdraws its appeal before it is decided',
    },
    request: WithdrawAppealRequestSchema,
    response: AppealSchema,
  },
} as const;
