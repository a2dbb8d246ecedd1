import { z } from 'zod';
import { EstablishmentPlaceShape } from '../identity/network.schemas';
import { sortablePageQuery } from '../pagination';
import { id, IsoDate } from '../fields';

/**
 * An establishment's accreditation by a certifier (docs/domain/individuals-certification.md#habilitations):
 * asked for, then validated for a period or rejected with a reason. A validated one whose period
 * is over reads `expired`: the stored status stays `validated`, the date decides.
 */
export const HABILITATION_STATUSES = ['pending', 'validated', 'rejected'] as const;
export const HabilitationStatusSchema = z.enum(HABILITATION_STATUSES);
export type HabilitationStatus = z.infer<typeof HabilitationStatusSchema>;

export const RequestHabilitationRequestSchema = z
  .object({
    establishmentId: id,
    /** The certifier, or several branch bodies: one request each. */
    certifierIds: z.array(id).min(1).max(20),
  })
  .strict();

/** Validated with its period, or rejected with a reason: one flat object, so OpenAPI shows its fields. */
export const DecideHabilitationRequestSchema = z
  .object({
    habilitationId: id,
    decision: z.enum(['validated', 'rejected']),
    startsOn: IsoDate.optional(),
    endsOn: IsoDate.optional(),
    reason: z.string().trim().min(3).max(1000).optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (d.decision === 'validated') {
      if (!d.startsOn) issue('startsOn', 'startsOn is required to validate');
      if (!d.endsOn) issue('endsOn', 'endsOn is required to validate');
      if (d.startsOn && d.endsOn && d.endsOn <= d.startsOn)
        issue('endsOn', 'endsOn must come after startsOn');
      if (d.reason !== undefined) issue('reason', 'a validation has no reason');
    } else {
      if (!d.reason) issue('reason', 'a rejection needs its reason');
      if (d.startsOn !== undefined || d.endsOn !== undefined) issue('startsOn', 'a rejection has no period');
    }
  });

export const HabilitationSchema = z.object({
  id: z.string(),
  ...EstablishmentPlaceShape,
  status: HabilitationStatusSchema,
  /** validated and today within [startsOn, endsOn]. */
  valid: z.boolean(),
  expired: z.boolean(),
  requestedAt: z.string(),
  requestedBy: z.string(),
  startsOn: z.string().optional(),
  endsOn: z.string().optional(),
  rejectionReason: z.string().optional(),
  decidedAt: z.string().optional(),
  /** The habilitation this request renews, when it does. */
  renews: z.string().optional(),
  version: z.number(),
});
export type Habilitation = z.infer<typeof HabilitationSchema>;

export const HabilitationListQuerySchema = sortablePageQuery(['requestedAt', 'startsOn', 'endsOn'])
  .extend({
    establishmentId: id.optional(),
    status: HabilitationStatusSchema.optional(),
  })
  .strict();
