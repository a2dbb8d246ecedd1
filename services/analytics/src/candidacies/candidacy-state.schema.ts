import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { CandidacyStatusSchema, type CandidacyStatus } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';

/**
 * Read model: one document per candidacy, as the candidacy events describe it. No personal data:
 * the reference and the places are enough for counters and lists, the sheet stays in the
 * candidacy service. Writes are guarded by the stream sequence, so a late or repeated delivery
 * cannot move a candidacy back.
 */
@Schema({ collection: 'candidacy_states', versionKey: false })
export class CandidacyState {
  /** The candidate id. */
  @Prop({ type: String, required: true })
  _id!: string;

  /** [establishmentId, trainingOrganisationId, networkId, certifierId]: each level reads through one pinned filter. */
  @Prop({ type: [String], required: true })
  tenantId!: string[];

  @Prop({ required: true })
  reference!: string;

  @Prop({ required: true })
  establishmentId!: string;

  @Prop({ required: true })
  trainingOrganisationId!: string;

  @Prop({ required: true })
  networkId!: string;

  @Prop({ required: true })
  certifierId!: string;

  @Prop({ type: String, enum: CandidacyStatusSchema.options, required: true })
  status!: CandidacyStatus;

  /** JetStream sequence of the event applied last to the status: an older one arriving late is ignored. */
  @Prop({ required: true, default: 0 })
  statusSeq!: number;

  @Prop({ required: true })
  statusAt!: Date;

  /** JetStream sequence of the last move between establishments (a transfer accepted). */
  @Prop({ required: true, default: 0 })
  placeSeq!: number;

  @Prop({ required: true })
  createdAt!: Date;

  @Prop()
  certifiedAt?: Date;

  @Prop()
  abandonedAt?: Date;

  @Prop()
  abandonReason?: string;

  /** A deleted candidate (nothing was recorded for him) counts nowhere. */
  @Prop({ required: true, default: false })
  deleted!: boolean;
}

export const CandidacyStateSchema = SchemaFactory.createForClass(CandidacyState);
// Counters per status within a perimeter, and the latest changes.
CandidacyStateSchema.index({ tenantId: 1, status: 1, statusAt: -1 });
// The latest certified and the recently abandoned.
CandidacyStateSchema.index({ tenantId: 1, certifiedAt: -1 });
CandidacyStateSchema.index({ tenantId: 1, abandonedAt: -1 });
CandidacyStateSchema.plugin(tenantScopePlugin);
