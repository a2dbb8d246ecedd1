import { z } from 'zod';
import {
  ComplaintAboutSchema,
  ComplaintActionKindSchema,
  ComplaintOutcomeSchema,
} from '../complaints/complaint.schemas';

/**
 * A complaint's steps, for the CB's inboxes, analytics and partners. Never the complainant's
 * identity nor his words (subject, facts): they stay with the staff handling the complaint
 * (docs/domain/complaints-and-appeals.md#confidentiality), and partners receive these events.
 * `schemeId`: the scheme of the certificate or dossier the complaint concerns, once known (from its
 * lodging with a certificate's number, or from the dossier named when it is taken in charge), so
 * that a partner scoped to a scheme follows its complaints; absent for a complaint about the CB
 * itself, and from events published before it was added.
 */
const ref = {
  complaintId: z.string(),
  reference: z.string(),
  cbId: z.string(),
  schemeId: z.string().optional(),
};
const day = z.string().date();

export const ComplaintEvents = {
  'certhub.complaint.lodged.v1': {
    subject: 'evt.complaints.complaint.lodged',
    summary: 'A complaint was lodged with a certification body',
    schema: z.object({ ...ref, about: ComplaintAboutSchema, acknowledgeBy: day }),
  },
  'certhub.complaint.acknowledged.v1': {
    subject: 'evt.complaints.complaint.acknowledged',
    summary: 'The certification body took a complaint in charge and named its handler',
    schema: z.object({ ...ref, handlerId: z.string(), answerBy: day, by: z.string() }),
  },
  'certhub.complaint.dismissed.v1': {
    subject: 'evt.complaints.complaint.dismissed',
    summary: 'The certification body dismissed a complaint outside its certification activity',
    schema: z.object({ ...ref, by: z.string() }),
  },
  'certhub.complaint.closed.v1': {
    subject: 'evt.complaints.complaint.closed',
    summary: 'A complaint was closed with its outcome and a reasoned answer',
    schema: z.object({ ...ref, outcome: ComplaintOutcomeSchema, by: z.string() }),
  },
  'certhub.complaint.action_taken.v1': {
    subject: 'evt.complaints.complaint.action_taken',
    summary:
      'A complaint led the certification body to act on a dossier (a complementary audit, a suspension)',
    schema: z.object({
      ...ref,
      action: ComplaintActionKindSchema,
      dossierId: z.string(),
      organisationId: z.string(),
      by: z.string(),
    }),
  },
  'certhub.complaint.organisation_informed.v1': {
    subject: 'evt.complaints.complaint.organisation_informed',
    summary:
      'The certified organisation a complaint concerns is informed of it (never of who lodged it nor of the complainant’s words)',
    schema: z.object({ ...ref, organisationId: z.string(), dossierId: z.string() }),
  },
  'certhub.complaint.overdue.v1': {
    subject: 'evt.complaints.complaint.overdue',
    summary: 'A complaint passed the deadline of its current step (taking in charge, answering)',
    schema: z.object({
      ...ref,
      step: z.enum(['acknowledge', 'answer']),
      dueOn: day,
      handlerId: z.string().optional(),
    }),
  },
} as const;
