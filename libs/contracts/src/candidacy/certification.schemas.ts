import { z } from 'zod';
import { sortablePageQuery } from '../pagination';
import { id, IsoDate } from '../fields';

/**
 * Sending a candidacy to certification, the jury's sessions and decisions, and the postal dispatch
 * of paper certificates (docs/domain/individuals-certification.md#juries).
 */
const Reason = z.string().trim().min(3).max(2000);

/** What the guide checks before a dossier leaves for certification. */
export const CERTIFICATION_CHECKS = [
  'validated_evaluation',
  'email',
  'postal_address',
  'professional_goals',
  'personal_goals',
  'active',
] as const;
export type CertificationCheck = (typeof CERTIFICATION_CHECKS)[number];

export const CertificationChecklistSchema = z.object({
  ready: z.boolean(),
  items: z.array(z.object({ check: z.enum(CERTIFICATION_CHECKS), ok: z.boolean(), message: z.string() })),
});
export type CertificationChecklist = z.infer<typeof CertificationChecklistSchema>;

/** How the dossiers reach the jury of a session. */
export const JURY_SEND_MODES = ['digital', 'paper'] as const;

export const CreateJurySessionRequestSchema = z
  .object({
    region: z.string().trim().min(2).max(100),
    sittingOn: IsoDate,
    /** The last day dossiers are assigned to it. */
    closesOn: IsoDate.optional(),
    sendMode: z.enum(JURY_SEND_MODES),
    title: z.string().trim().min(2).max(200).optional(),
    /** The jury members who sit in it (user ids of the certifier); none: the certifier's whole jury. */
    memberIds: z.array(id).max(50).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.closesOn && s.closesOn > s.sittingOn)
      ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'closesOn must not come after sittingOn' });
  });

export const JurySessionSchema = z.object({
  id: z.string(),
  certifierId: z.string(),
  region: z.string(),
  sittingOn: z.string(),
  closesOn: z.string().optional(),
  sendMode: z.enum(JURY_SEND_MODES),
  title: z.string().optional(),
  createdAt: z.string(),
  version: z.number(),
});
export type JurySession = z.infer<typeof JurySessionSchema>;

export const JurySessionListQuerySchema = sortablePageQuery(['sittingOn'])
  .extend({
    /** A network's users name their certifier; the certifier's people see their own sessions. */
    certifierId: id.optional(),
    region: z.string().trim().min(2).max(100).optional(),
    /** From this date on (default: today): the calendar of the next juries. */
    from: IsoDate.optional(),
    to: IsoDate.optional(),
  })
  .strict();

export const AssignJuryRequestSchema = z
  .object({ sessionId: id, candidateIds: z.array(id).min(1).max(200) })
  .strict();

export const AssignJuryResponseSchema = z.object({
  session: JurySessionSchema,
  results: z.array(
    z.object({
      candidateId: z.string(),
      assigned: z.boolean(),
      /** Why it was not: not found, not awaiting certification, another certifier's. */
      error: z.string().optional(),
    }),
  ),
});

export const CandidateReasonRequestSchema = z.object({ candidateId: id, reason: Reason }).strict();

export const AnswerComplementRequestSchema = z
  .object({
    candidateId: id,
    answer: Reason,
    /** Documents uploaded to the candidate's context for the jury. */
    documentIds: z.array(z.string().min(1).max(200)).max(20).default([]),
  })
  .strict();

export const JuryDecisionRequestSchema = z
  .object({
    candidateId: id,
    decision: z.enum(['certified', 'not_certified']),
    /** Required to refuse: the candidate's establishment reads it. */
    reason: Reason.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.decision === 'not_certified' && !d.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a refusal needs its reason' });
  });

export const DISPATCH_CHANNELS = ['letter', 'registered_letter', 'courier', 'hand_delivery'] as const;

export const RecordDispatchRequestSchema = z
  .object({
    candidateId: id,
    sentOn: IsoDate,
    channel: z.enum(DISPATCH_CHANNELS),
    trackingNumber: z.string().trim().min(3).max(100).optional(),
  })
  .strict();

export const UndeliveredRequestSchema = z
  .object({ candidateId: id, dispatchId: id, returnedOn: IsoDate, reason: Reason.optional() })
  .strict();

export const DispatchSchema = z.object({
  id: z.string(),
  sentOn: z.string(),
  channel: z.enum(DISPATCH_CHANNELS),
  trackingNumber: z.string().optional(),
  undelivered: z.object({ returnedOn: z.string(), reason: z.string().optional() }).optional(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});

/** Where the candidacy stands with the certifier: its session, complements, decision and dispatches. */
export const CertificationSchema = z.object({
  candidateId: z.string(),
  status: z.string(),
  sentAt: z.string().optional(),
  jury: z
    .object({
      sessionId: z.string(),
      region: z.string(),
      sittingOn: z.string(),
      sendMode: z.enum(JURY_SEND_MODES),
    })
    .optional(),
  complements: z.array(
    z.object({
      requestedAt: z.string(),
      requestedBy: z.string(),
      reason: z.string(),
      answeredAt: z.string().optional(),
      answer: z.string().optional(),
      documentIds: z.array(z.string()),
    }),
  ),
  decision: z
    .object({
      decision: z.enum(['certified', 'not_certified']),
      decidedAt: z.string(),
      decidedBy: z.string(),
      juryDate: z.string(),
      reason: z.string().optional(),
    })
    .optional(),
  /** The individual certificate, once issued. */
  certificateNumber: z.string().optional(),
  dispatches: z.array(DispatchSchema),
  version: z.number(),
});
export type Certification = z.infer<typeof CertificationSchema>;
