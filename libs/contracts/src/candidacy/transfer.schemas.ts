import { z } from 'zod';
import { sortablePageQuery } from '../pagination';
import { id } from '../fields';

/**
 * A transfer request ("demande de rattachement"): another establishment asks to take over a
 * candidate's dossier; the certifier accepts or refuses (docs/domain/individuals-certification.md#transfers).
 */
export const TRANSFER_STATUSES = ['pending', 'accepted', 'refused'] as const;
export const TransferStatusSchema = z.enum(TRANSFER_STATUSES);
export type TransferStatus = z.infer<typeof TransferStatusSchema>;

export const TRANSFER_REASONS = [
  'candidate_moved',
  'establishment_closed',
  'candidate_choice',
  'other',
] as const;

/** Statuses in which a dossier stays where it is: with the jury, being certified, or certified. */
export const UNTRANSFERABLE_STATUSES = ['awaiting_certification', 'awaiting_jury', 'certified'] as const;

export const RequestTransferRequestSchema = z
  .object({
    candidateId: id,
    /** The establishment asking, within the requester's perimeter. */
    establishmentId: id,
    reason: z.enum(TRANSFER_REASONS),
    /** Required when the reason is `other`. */
    details: z.string().trim().min(3).max(1000).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.reason === 'other' && !r.details)
      ctx.addIssue({ code: 'custom', path: ['details'], message: 'say why when the reason is other' });
  });

export const DecideTransferRequestSchema = z
  .object({
    transferId: id,
    decision: z.enum(['accepted', 'refused']),
    reason: z.string().trim().min(3).max(1000).optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.decision === 'refused' && !d.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a refusal needs its reason' });
  });

export const TransferSchema = z.object({
  id: z.string(),
  candidateId: z.string(),
  reference: z.string(),
  establishmentId: z.string(),
  fromEstablishmentId: z.string(),
  certifierId: z.string(),
  reason: z.enum(TRANSFER_REASONS),
  details: z.string().optional(),
  status: TransferStatusSchema,
  requestedAt: z.string(),
  requestedBy: z.string(),
  decidedAt: z.string().optional(),
  refusalReason: z.string().optional(),
  version: z.number(),
});

export const TransferListQuerySchema = sortablePageQuery(['requestedAt'])
  .extend({ status: TransferStatusSchema.optional() })
  .strict();
