import { Prop, SchemaFactory } from '@nestjs/mongoose';
import type { CloudEvent, OrganisationContactSchema } from '@certhub/contracts';
import type { z } from 'zod';
import {
  Collection,
  collectionSchema,
  CreatedAt,
  Embedded,
  Enum,
  ListOf,
  Required,
  TenantRecord,
} from '@certhub/platform';
import { AddressDocSchema, type Address } from '../common/address.schema';

/**
 * `registering` while the self-registration saga runs (the organisation is invisible then);
 * `active` once its first administrator exists. Whether the platform lets it work is `active`.
 */
export const ORGANISATION_STATUSES = ['registering', 'active'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

@Embedded()
export class PendingRegistration {
  /** The first administrator being created, so the sweeper can find his Keycloak account. */
  @Required() email!: string;
}
const PendingRegistrationSchema = SchemaFactory.createForClass(PendingRegistration);

export type Contact = z.infer<typeof OrganisationContactSchema>;

@Embedded()
export class ContactDoc {
  @Required() role!: string;
  @Required() name!: string;
  @Prop() position?: string;
  @Required() email!: string;
  @Prop() phone?: string;
}
const ContactDocSchema = SchemaFactory.createForClass(ContactDoc);

/** One master-data edit, kept on the organisation: its history is part of its record. */
@Embedded()
export class OrganisationChange {
  @Required() at!: Date;
  @Required() by!: string;
  @Required({ type: [String] }) fields!: string[];
  @Required({ type: Object }) before!: Record<string, unknown>;
  @Required({ type: Object }) after!: Record<string, unknown>;
}
const OrganisationChangeSchema = SchemaFactory.createForClass(OrganisationChange);

/** An applicant organisation: its own tenant (`tenantId` is its id), identified by SIREN. */
@Collection('organisations')
export class Organisation extends TenantRecord {
  @Required() siren!: string;
  @Required() name!: string;
  @Required({ type: AddressDocSchema }) address!: Address;
  @Prop() phone?: string;
  @Prop() email?: string;
  @Prop() website?: string;
  @ListOf(ContactDocSchema) contacts?: Contact[];
  @Required({ default: false }) active!: boolean;

  /** Bumped by each master-data edit (absent on organisations never edited: version 0). */
  @Prop() version?: number;
  @ListOf(OrganisationChangeSchema) history?: OrganisationChange[];
  @Prop() updatedAt?: Date;
  @Enum(ORGANISATION_STATUSES) status!: OrganisationStatus;
  @Prop({ type: PendingRegistrationSchema }) registration?: PendingRegistration;
  @CreatedAt() createdAt!: Date;

  /** Added by OutboxModule.forFeature. */
  outbox!: CloudEvent[];
}

export const OrganisationSchema = collectionSchema(Organisation, {
  tenantScoped: true,
  indexes: [
    // Duplicate SIREN check at registration; also turns a concurrent duplicate into a 409.
    [{ siren: 1 }, { unique: true }],
    // The sweeper's scan for `registering` organisations older than its threshold.
    { status: 1, createdAt: 1 },
    // organisations.list for platform staff: registered organisations in name order.
    { status: 1, name: 1 },
  ],
});
