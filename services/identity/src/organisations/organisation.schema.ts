import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { CloudEvent, OrganisationContactSchema } from '@certhub/contracts';
import type { z } from 'zod';
import { tenantScopePlugin } from '@certhub/platform';
import { AddressDocSchema, type Address } from '../common/address.schema';

/**
 * `registering` while the self-registration saga runs (the organisation is invisible then);
 * `active` once its first administrator exists. Whether the platform lets it work is `active`.
 */
export const ORGANISATION_STATUSES = ['registering', 'active'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

@Schema({ _id: false, versionKey: false })
export class PendingRegistration {
  /** The first administrator being created, so the sweeper can find his Keycloak account. */
  @Prop({ required: true })
  email!: string;
}
const PendingRegistrationSchema = SchemaFactory.createForClass(PendingRegistration);

export type Contact = z.infer<typeof OrganisationContactSchema>;

@Schema({ _id: false, versionKey: false })
export class ContactDoc {
  @Prop({ required: true })
  role!: string;

  @Prop({ required: true })
  name!: string;

  @Prop()
  position?: string;

  @Prop({ required: true })
  email!: string;

  @Prop()
  phone?: string;
}
const ContactDocSchema = SchemaFactory.createForClass(ContactDoc);

/** One master-data edit, kept on the organisation: its history is part of its record. */
@Schema({ _id: false, versionKey: false })
export class OrganisationChange {
  @Prop({ required: true })
  at!: Date;

  @Prop({ required: true })
  by!: string;

  @Prop({ type: [String], required: true })
  fields!: string[];

  @Prop({ type: Object, required: true })
  before!: Record<string, unknown>;

  @Prop({ type: Object, required: true })
  after!: Record<string, unknown>;
}
const OrganisationChangeSchema = SchemaFactory.createForClass(OrganisationChange);

/** An applicant organisation: its own tenant (`tenantId` is its id), identified by SIREN. */
@Schema({ collection: 'organisations', versionKey: false })
export class Organisation {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  siren!: string;

  @Prop({ required: true })
  name!: string;

  @Prop({ type: AddressDocSchema, required: true })
  address!: Address;

  @Prop()
  phone?: string;

  @Prop()
  email?: string;

  @Prop()
  website?: string;

  @Prop({ type: [ContactDocSchema], default: [] })
  contacts?: Contact[];

  @Prop({ required: true, default: false })
  active!: boolean;

  /** Bumped by each master-data edit (absent on organisations never edited: version 0). */
  @Prop()
  version?: number;

  @Prop({ type: [OrganisationChangeSchema], default: [] })
  history?: OrganisationChange[];

  @Prop()
  updatedAt?: Date;

  @Prop({ type: String, enum: ORGANISATION_STATUSES, required: true })
  status!: OrganisationStatus;

  @Prop({ type: PendingRegistrationSchema })
  registration?: PendingRegistration;

  @Prop({ required: true, default: () => new Date() })
  createdAt!: Date;

  /** Added by OutboxModule.forFeature. */
  outbox!: CloudEvent[];
}

export const OrganisationSchema = SchemaFactory.createForClass(Organisation);
// Duplicate SIREN check at registration; also turns a concurrent duplicate into a 409.
OrganisationSchema.index({ siren: 1 }, { unique: true });
// The sweeper's scan for `registering` organisations older than its threshold.
OrganisationSchema.index({ status: 1, createdAt: 1 });
// organisations.list for platform staff: registered organisations in name order.
OrganisationSchema.index({ status: 1, name: 1 });
OrganisationSchema.plugin(tenantScopePlugin);
