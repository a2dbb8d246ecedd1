import { z } from 'zod';
import { AppealedDecisionSchema } from '../complaints/appeal.schemas';

/**
 * An appeal's steps, for the CB's and the appellant's inboxes and for partners. The appellant is
 * the organisation itself (no third party to protect), so events name it. `schemeId`: the scheme of
 * the dossier whose decision is appealed, so that a partner scoped to a scheme follows its appeals
 * (absent from events published before it was added).
 */
const ref = {
  appealId: z.string(),
  reference: z.string(),
  cbId: z.string(),
  organisationId: z.string(),
  dossierId: z.string(),
  schemeId: z.string().optional(),
};
const by = z.string();

export const AppealEvents = {
  'certhub.appeal.lodged.v1': {
    subject: 'evt.complaints.appeal.lodged',
    summary: 'An organisation appealed a decision of its certification body',
    schema: z.object({ ...ref, decision: AppealedDecisionSchema, answerBy: z.string().date(), by }),
  },
  'certhub.appeal.assigned.v1': {
    subject: 'evt.complaints.appeal.assigned',
    summary: 'The certification body named an appeal’s handler, who took no part in the decision',
    schema: z.object({ ...ref, handlerId: z.string(), by }),
  },
  'certhub.appeal.effect_suspended.v1': {
    subject: 'evt.complaints.appeal.effect_suspended',
    summary:
      'The certification body suspended the effect of the appealed decision until the appeal is decided',
    schema: z.object({ ...ref, by }),
  },
  'certhub.appeal.decided.v1': {
    subject: 'evt.complaints.appeal.decided',
    summary: 'An appeal was upheld or rejected with a reasoned answer',
    schema: z.object({ ...ref, outcome: z.enum(['upheld', 'rejected']), by }),
  },
  'certhub.appeal.reviewed.v1': {
    subject: 'evt.complaints.appeal.reviewed',
    summary: 'The decision of an upheld appeal was reviewed through the dossier lifecycle',
    schema: z.object({ ...ref, by }),
  },
  'certhub.appeal.due_soon.v1': {
    subject: 'evt.complaints.appeal.due_soon',
    summary: 'An appeal not decided yet approaches the deadline of its answer',
    schema: z.object({ ...ref, dueOn: z.string().date(), handlerId: z.string().optional() }),
  },
  'certhub.appeal.overdue.v1': {
    subject: 'evt.complaints.appeal.overdue',
    summary: 'An appeal passed the deadline of its answer without being decided',
    schema: z.object({ ...ref, dueOn: z.string().date(), handlerId: z.string().optional() }),
  },
  'certhub.appeal.withdrawn.v1': {
    subject: 'evt.complaints.appeal.withdrawn',
    summary: 'The appellant withdrew its appeal',
    schema: z.object({ ...ref, by }),
  },
} as const;
