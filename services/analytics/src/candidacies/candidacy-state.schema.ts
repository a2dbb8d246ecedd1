import { Prop } from '@nestjs/mongoose';
import { CandidacyStatusSchema, type CandidacyStatus } from '@certhub/contracts';
import { Collection, collectionSchema, Enum, MultiTenantRecord, Required } from '@certhub/platform';

/**
 * Read model: one document per candidacy, as the candidacy events describe it. No personal data:
 * the reference and the places are enough for counters and lists, the sheet stays in the
 * candidacy service. Writes are guarded by the stream sequence, so a late or repeated delivery
 * cannot move a candidacy back.
 *
 * `_id` is the candidate id; `tenantId` = [establishmentId, trainingOrganisationId, networkId,
 * certifierId]: each level reads through one pinned filter.
 */
@Collection('candidacy_states')
export class CandidacyState extends MultiTenantRecord {
  @Required() reference!: string;
  @Required() establishmentId!: string;
  @Required() trainingOrganisationId!: string;
  @Required() networkId!: string;
  @Required() certifierId!: string;
  @Enum(CandidacyStatusSchema.options) status!: CandidacyStatus;

  /** JetStream sequence of the event applied last to the status: an older one arriving late is ignored. */
  @Required({ default: 0 }) statusSeq!: number;
  @Required() statusAt!: Date;

  /** JetStream sequence of the last move between establishments (a transfer accepted). */
  @Required({ default: 0 }) placeSeq!: number;
  @Required() createdAt!: Date;
  @Prop() certifiedAt?: Date;
  @Prop() abandonedAt?: Date;
  @Prop() abandonReason?: string;

  /** A deleted candidate (nothing was recorded for him) counts nowhere. */
  @Required({ default: false }) deleted!: boolean;
}

export const CandidacyStateSchema = collectionSchema(CandidacyState, {
  tenantScoped: true,
  indexes: [
    // Counters per status within a perimeter, and the latest changes.
    { tenantId: 1, status: 1, statusAt: -1 },
    // The latest certified and the recently abandoned.
    { tenantId: 1, certifiedAt: -1 },
    { tenantId: 1, abandonedAt: -1 },
  ],
});
