import { z } from 'zod';
import { actorsOf, actorsOfAll } from '../lifecycles/lifecycle-table';
import { AUDIT_TABLE } from '../lifecycles/audit.table';
import { COMPLAINT_TABLE } from '../lifecycles/complaint.table';
import { DOSSIER_LIFECYCLE } from '../lifecycles/dossier.table';
import {
  AcknowledgeComplaintRequestSchema,
  AnswerComplaintRequestSchema,
  AuthoriseComplaintUploadRequestSchema,
  ComplaintAuditRequestSchema,
  ComplaintFollowSchema,
  ComplaintListQuerySchema,
  ComplaintStatisticsQuerySchema,
  ComplaintStatisticsSchema,
  ComplaintSuspensionRequestSchema,
  ComplaintSchema,
  DismissComplaintRequestSchema,
  LodgeComplaintRequestSchema,
  LodgedComplaintSchema,
  ComplaintUploadTargetSchema,
} from '../complaints/complaint.schemas';
import { pageOf } from '../pagination';
import type { Role } from '../roles';

const HANDLERS = ['cb_admin', 'analyst', 'decision_maker'] as const satisfies readonly Role[];

/** Complaints (docs/domain/complaints-and-appeals.md): lodged by anyone, handled by the CB. */
export const ComplaintRpc = {
  'complaints.lodge': {
    http: {
      method: 'POST',
      path: '/api/v1/complaints',
      status: 201,
      public: true,
      signedInOptional: true,
      tag: 'complaints',
      summary:
        'Lodge a complaint with a certification body (no account needed; signed in, the acknowledgement reaches the inbox too); its reference comes back at once',
    },
    request: LodgeComplaintRequestSchema,
    response: LodgedComplaintSchema,
  },
  'complaints.list': {
    http: {
      method: 'GET',
      path: '/api/v1/complaints',
      roles: [...HANDLERS],
      tag: 'complaints',
      summary: 'The CB’s complaints register (an administrator sees all, a handler the ones in his charge)',
    },
    request: ComplaintListQuerySchema,
    response: pageOf(ComplaintSchema),
  },
  'complaints.get': {
    http: {
      method: 'GET',
      path: '/api/v1/complaints/{complaintId}',
      roles: [...HANDLERS],
      tag: 'complaints',
      summary: 'One complaint with its trail',
    },
    request: z.object({ complaintId: z.string().min(1).max(64) }).strict(),
    response: ComplaintSchema,
  },
  'complaints.acknowledge': {
    http: {
      method: 'POST',
      path: '/api/v1/complaints/{complaintId}/acknowledgement',
      roles: actorsOf(COMPLAINT_TABLE, 'acknowledge'),
      tag: 'complaints',
      summary:
        'Take a complaint in charge (it concerns the CB’s certification activity) and name its handler',
    },
    request: AcknowledgeComplaintRequestSchema,
    response: ComplaintSchema,
  },
  'complaints.dismiss': {
    http: {
      method: 'POST',
      path: '/api/v1/complaints/{complaintId}/dismissal',
      roles: actorsOf(COMPLAINT_TABLE, 'dismiss'),
      tag: 'complaints',
      summary: 'Dismiss a complaint that does not concern the CB’s certification activity, with the reason',
    },
    request: DismissComplaintRequestSchema,
    response: ComplaintSchema,
  },
  'complaints.answer': {
    http: {
      method: 'POST',
      path: '/api/v1/complaints/{complaintId}/answer',
      roles: actorsOf(COMPLAINT_TABLE, 'answer'),
      tag: 'complaints',
      summary: 'Close a complaint with its outcome and the reasoned answer to the complainant',
    },
    request: AnswerComplaintRequestSchema,
    response: ComplaintSchema,
  },
  'complaints.complementary-audit': {
    http: {
      method: 'POST',
      path: '/api/v1/complaints/{complaintId}/complementary-audit',
      roles: actorsOfAll(
        actorsOf(COMPLAINT_TABLE, 'act'),
        actorsOf(AUDIT_TABLE, 'plan'),
        actorsOf(DOSSIER_LIFECYCLE, 'plan_audit'),
      ),
      tag: 'complaints',
      summary:
        'Plan a complementary audit of the organisation the complaint is about, through the dossier lifecycle',
    },
    request: ComplaintAuditRequestSchema,
    response: ComplaintSchema,
  },
  'complaints.suspension': {
    http: {
      method: 'POST',
      path: '/api/v1/complaints/{complaintId}/suspension',
      roles: actorsOfAll(actorsOf(COMPLAINT_TABLE, 'act'), actorsOf(DOSSIER_LIFECYCLE, 'suspend')),
      tag: 'complaints',
      summary: 'Suspend the certificate the complaint is about, through the dossier lifecycle',
    },
    request: ComplaintSuspensionRequestSchema,
    response: ComplaintSchema,
  },
  'complaints.follow': {
    http: {
      method: 'GET',
      path: '/api/v1/complaints/follow/{token}',
      public: true,
      tag: 'complaints',
      summary:
        'The person who lodged a complaint follows it through the private link of the acknowledgement mail',
    },
    request: z.object({ token: z.string().min(20).max(512) }).strict(),
    response: ComplaintFollowSchema,
  },
  /**
   * The gateway's question before it streams a complainant's file to the document service: which
   * context the authorisation opens, as whom (internal: the route is the gateway's own upload route).
   */
  'complaints.uploads.authorise': {
    request: AuthoriseComplaintUploadRequestSchema,
    response: ComplaintUploadTargetSchema,
  },
  'complaints.statistics': {
    http: {
      method: 'GET',
      path: '/api/v1/complaint-statistics',
      roles: ['cb_admin', 'platform_admin'],
      tag: 'complaints',
      summary:
        'The complaints and appeals register in figures: by type, status, scheme, outcome, time to acknowledge and to close',
    },
    request: ComplaintStatisticsQuerySchema,
    response: ComplaintStatisticsSchema,
  },
} as const;
