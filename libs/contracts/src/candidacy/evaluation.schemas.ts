import { z } from 'zod';
import { PageQuerySchema } from '../pagination';
import { id, IsoDate } from '../fields';

/**
 * Evaluations and trainings of a candidate (docs/domain/individuals-certification.md#evaluations):
 * the first evaluation is the preliminary one, later ones are final; each scores every sub-domain
 * of the framework acquired or not, is saved as a draft and then finalised.
 */
export const EVALUATION_KINDS = ['preliminary', 'final'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
export const EVALUATION_STATUSES = ['draft', 'finalised'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

const DocumentId = z.string().min(1).max(200);
/** Every document of the line is a proof of something: at most a handful per record. */
const Proofs = z.array(DocumentId).max(20);

export const SubDomainScoreSchema = z
  .object({
    subDomainId: z.string().regex(/^\d+\.\d+$/, 'a sub-domain id such as 1.3'),
    acquired: z.boolean(),
    comment: z.string().trim().max(1000).optional(),
  })
  .strict();
export type SubDomainScore = z.infer<typeof SubDomainScoreSchema>;

const scores = z
  .array(SubDomainScoreSchema)
  .max(100)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((s, i) => {
      if (seen.has(s.subDomainId))
        ctx.addIssue({ code: 'custom', path: [i, 'subDomainId'], message: `${s.subDomainId} scored twice` });
      seen.add(s.subDomainId);
    });
  });

const evaluationFields = {
  evaluatorName: z.string().trim().min(2).max(200),
  evaluatorEmail: z.email({ error: 'an e-mail address' }).max(254),
  evaluatedOn: IsoDate,
};

/** A draft: the candidacy's status decides whether it is the preliminary or a final one. */
export const OpenEvaluationRequestSchema = z.object({ candidateId: id, ...evaluationFields }).strict();

/** The draft's whole content at the candidate's version read; sub-domains not listed are not scored yet. */
export const SaveEvaluationRequestSchema = z
  .object({
    candidateId: id,
    evaluationId: id,
    ...evaluationFields,
    scores,
    /** The completed evaluation matrix (the template, filled in, dated and signed). */
    matrixDocumentId: DocumentId.optional(),
    proofDocumentIds: Proofs.default([]),
    version: z.number().int().min(0),
  })
  .strict();

export const FinaliseEvaluationRequestSchema = z
  .object({ candidateId: id, evaluationId: id, version: z.number().int().min(0) })
  .strict();

export const ReopenEvaluationRequestSchema = z
  .object({ candidateId: id, evaluationId: id, reason: z.string().trim().min(3).max(1000) })
  .strict();

export const EvaluationSchema = z.object({
  id: z.string(),
  candidateId: z.string(),
  kind: z.enum(EVALUATION_KINDS),
  status: z.enum(EVALUATION_STATUSES),
  frameworkVersion: z.string(),
  evaluatorName: z.string(),
  evaluatorEmail: z.string(),
  evaluatedOn: z.string(),
  scores: z.array(SubDomainScoreSchema),
  acquired: z.number(),
  subDomains: z.number(),
  /** Set once finalised: every sub-domain acquired. */
  validated: z.boolean().optional(),
  matrixDocumentId: z.string().optional(),
  proofDocumentIds: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.string(),
  finalisedAt: z.string().optional(),
  finalisedBy: z.string().optional(),
  reopenings: z.array(z.object({ at: z.string(), by: z.string(), reason: z.string() })),
  /** The candidate's version after this change: the next save or finalisation names it. */
  candidateVersion: z.number(),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

const trainingFields = {
  candidateId: id,
  title: z.string().trim().min(2).max(200),
  startsOn: IsoDate,
  endsOn: IsoDate,
  durationHours: z.number().positive().max(2000),
  /** The framework's domains the training addresses (`1`…`7`). */
  domainIds: z.array(z.string().regex(/^\d+$/, 'a domain id such as 3')).min(1).max(20),
  trainerName: z.string().trim().min(2).max(200).optional(),
  /** Signed by the trainer: without it the training does not open the way to a final evaluation. */
  attendanceCertificateDocumentId: DocumentId.optional(),
  proofDocumentIds: Proofs.default([]),
};

function checkTraining(
  t: { startsOn: string; endsOn: string; domainIds: string[] },
  ctx: z.RefinementCtx,
): void {
  if (t.endsOn < t.startsOn)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'endsOn must not come before startsOn' });
  if (new Set(t.domainIds).size !== t.domainIds.length)
    ctx.addIssue({ code: 'custom', path: ['domainIds'], message: 'a domain is listed twice' });
}

export const TrainingRequestSchema = z.object(trainingFields).strict().superRefine(checkTraining);

/** The whole training again, at the candidate's version read (409 `stale_version` otherwise). */
export const EditTrainingRequestSchema = z
  .object({ ...trainingFields, trainingId: id, version: z.number().int().min(0) })
  .strict()
  .superRefine(checkTraining);

export const TrainingSchema = z.object({
  id: z.string(),
  candidateId: z.string(),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  durationHours: z.number(),
  domainIds: z.array(z.string()),
  trainerName: z.string().optional(),
  attendanceCertificateDocumentId: z.string().optional(),
  proofDocumentIds: z.array(z.string()),
  recordedAt: z.string(),
  recordedBy: z.string(),
  /** The latest correction, when there was one. */
  editedAt: z.string().optional(),
  editedBy: z.string().optional(),
  /** The candidate's version after this change: an edit names it. */
  candidateVersion: z.number(),
});
export type Training = z.infer<typeof TrainingSchema>;

export const CandidateRecordsQuerySchema = PageQuerySchema.extend({ candidateId: id }).strict();
