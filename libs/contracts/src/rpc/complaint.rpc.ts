import { z } from 'zod';
import {
  AcknowledgeComplaintRequestSchema,
  AnswerComplaintRequestSchema,
  ComplaintListQuerySchema,
  ComplaintSchema,
  DismissComplaintRequestSchema,
  LodgeComplaintRequestSchema,
  LodgedComplaintSchema,
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
      tag: 'complaints',
      summary:
        'Lodge a complaint with a certification body (no account needed); its reference comes back at once',
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
      roles: ['cb_admin'],
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
      roles: ['cb_admin'],
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
      roles: [...HANDLERS],
      tag: 'complaints',
      summary: 'Close a complaint with its outcome and the reasoned answer to the complainant',
    },
    request: AnswerComplaintRequestSchema,
    response: ComplaintSchema,
  },
} as const;
