import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { tenantScopePlugin } from '@certhub/platform';

/** The verifiable credential issued for one certificate, and its place in its CB's status lists. */
@Schema({ collection: 'credentials', versionKey: false })
export class Credential {
  /** The certificateId: one credential per certificate (a renewal is a new certificate). */
  @Prop({ type: String, required: true })
  _id!: string;

  /** The holder organisation and its CB, who may download it. */
  @Prop({ type: [String], required: true })
  tenantId!: string[];

  @Prop({ required: true })
  cbId!: string;

  @Prop({ required: true })
  number!: string;

  /**
   * Drawn at random among the free entries of the CB's lists (herd privacy: neighbours in a list
   * say nothing about issue order); the same index in the revocation and the suspension list.
   */
  @Prop({ required: true })
  statusIndex!: number;

  @Prop({ required: true })
  jwt!: string;

  @Prop({ required: true })
  issuedAt!: Date;

  @Prop({ default: false })
  revoked!: boolean;

  @Prop({ default: false })
  suspended!: boolean;

  /** Time of the status event last applied: an older event arriving late changes nothing. */
  @Prop()
  statusChangedAt?: Date;
}

export const CredentialSchema = SchemaFactory.createForClass(Credential);
// One credential per entry of a CB's lists; serves the random allocation's collision check.
CredentialSchema.index({ cbId: 1, statusIndex: 1 }, { unique: true });
// Serves a list's rendering: the set bits of one purpose in one CB.
CredentialSchema.index({ cbId: 1, suspended: 1 });
CredentialSchema.index({ cbId: 1, revoked: 1 });
// Serves public verification by the number printed on the certificate.
CredentialSchema.index({ number: 1, issuedAt: -1 });
CredentialSchema.plugin(tenantScopePlugin);
