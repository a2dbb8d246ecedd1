import { z } from 'zod';
import { PageQuerySchema } from '../pagination';
import { FileKindSchema } from '../rpc/document.rpc';
import { TenantTypeSchema } from '../roles';
import { CANDIDACY_STATUSES, type CandidacyStatus } from './candidate.schemas';
import { JurySessionSchema } from './certification.schemas';
import { id, IsoDate } from '../fields';

/**
 * What the candidate page reads beside the candidacy itself: every file attached to it, the thread
 * of exchanges between the establishment and the certifier, one jury session, and the certifier's
 * news (docs/domain/individuals-certification.md#documents-and-exchanges).
 */

/** What a file of the candidate's context was attached to: a record's field, or nothing yet. */
export const CANDIDATE_DOCUMENT_KINDS = [
  'evaluation_matrix',
  'evaluation_proof',
  'training_attendance',
  'training_proof',
  'complement',
  'unattached',
] as const;
export const CandidateDocumentKindSchema = z.enum(CANDIDATE_DOCUMENT_KINDS);
export type CandidateDocumentKind = z.infer<typeof CandidateDocumentKindSchema>;

export const CandidateDocumentsQuerySchema = PageQuerySchema.extend({
  candidateId: id,
  kind: CandidateDocumentKindSchema.optional(),
}).strict();

export const CandidateDocumentSchema = z.object({
  documentId: z.string(),
  kind: CandidateDocumentKindSchema,
  /** The record it belongs to: the evaluation's date and kind, the training's title, the complement's date. */
  attachedTo: z.string().optional(),
  name: z.string(),
  fileKind: FileKindSchema,
  size: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.object({ userId: z.string(), tenantType: TenantTypeSchema }),
  /** Evidence of a record: it cannot be deleted any more. */
  frozen: z.boolean(),
});
export type CandidateDocument = z.infer<typeof CandidateDocumentSchema>;

/** Who speaks in the thread: the candidate's establishment (its network) or the certifier and its jury. */
export const EXCHANGE_SIDES = ['establishment', 'certifier'] as const;
export const EXCHANGE_KINDS = [
  'message',
  'complement_request',
  'complement_answer',
  'jury_decision',
] as const;

export const ExchangeSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(EXCHANGE_KINDS),
  side: z.enum(EXCHANGE_SIDES),
  by: z.string(),
  body: z.string(),
  documentIds: z.array(z.string()),
});
export type Exchange = z.infer<typeof ExchangeSchema>;

/**
 * Where both sides write to each other: once the certifier has the dossier, and after its decision
 * (a certificate to post, a refusal to explain). The candidacy table's `post_message` row.
 */
export const EXCHANGE_STATUSES = [
  'awaiting_certification',
  'awaiting_jury',
  'complement_requested',
  'completed',
  'certified',
  'not_certified',
] as const satisfies readonly CandidacyStatus[];

export const ExchangesQuerySchema = PageQuerySchema.extend({ candidateId: id }).strict();

export const PostMessageRequestSchema = z
  .object({
    candidateId: id,
    body: z.string().trim().min(2, 'a message says something').max(4000),
  })
  .strict();

export const JurySessionDetailSchema = JurySessionSchema.extend({
  /** The jury members of the session; none listed: every jury member of the certifier sits in it. */
  memberIds: z.array(z.string()),
  /** The dossiers assigned to it, per status (the list itself: the candidates filtered by session). */
  assigned: z.object({
    total: z.number().int(),
    byStatus: z.partialRecord(z.enum(CANDIDACY_STATUSES), z.number().int()),
  }),
});
export type JurySessionDetail = z.infer<typeof JurySessionDetailSchema>;

export const SetJuryMembersRequestSchema = z
  .object({ sessionId: id, memberIds: z.array(id).max(50) })
  .strict();

/** Who reads a news item: everyone, one network's people, or the establishments a certifier habilitated. */
export const NEWS_AUDIENCES = ['all', 'network', 'certifier'] as const;

export const PublishNewsRequestSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    body: z.string().trim().min(3).max(5000),
    audience: z.enum(NEWS_AUDIENCES),
    /** The network, for a network's news. */
    networkId: id.optional(),
    /** A certifier's establishments: the platform's administrators name it, a certifier's people publish for their own. */
    certifierId: id.optional(),
    /** Shown from this day on (default today). */
    publishedOn: IsoDate.optional(),
  })
  .strict()
  .superRefine((n, ctx) => {
    if (n.audience === 'network' && !n.networkId)
      ctx.addIssue({ code: 'custom', path: ['networkId'], message: 'name the network that reads it' });
    if (n.audience !== 'network' && n.networkId)
      ctx.addIssue({ code: 'custom', path: ['networkId'], message: 'only a network’s news names one' });
  });

export const NewsItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  audience: z.enum(NEWS_AUDIENCES),
  networkId: z.string().optional(),
  certifierId: z.string().optional(),
  publishedOn: z.string(),
  publishedBy: z.string(),
  /** The publisher's tenant (a certifier, or the platform): the item is its own, read by others. */
  tenantId: z.string(),
  createdAt: z.string(),
});
export type NewsItem = z.infer<typeof NewsItemSchema>;

export const NewsListQuerySchema = PageQuerySchema.strict();
