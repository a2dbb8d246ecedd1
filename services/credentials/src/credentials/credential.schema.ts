import { Prop } from '@nestjs/mongoose';
import { Collection, collectionSchema, MultiTenantRecord, Required } from '@certhub/platform';

/**
 * The verifiable credential issued for one certificate, and its place in its CB's status lists.
 *
 * `_id` is the certificateId: one credential per certificate (a renewal is a new certificate);
 * `tenantId` the holder organisation and its CB, who may download it.
 */
@Collection('credentials')
export class Credential extends MultiTenantRecord {
  @Required() cbId!: string;
  @Required() number!: string;

  /**
   * Drawn at random among the free entries of the CB's lists (herd privacy: neighbours in a list
   * say nothing about issue order); the same index in the revocation and the suspension list.
   */
  @Required() statusIndex!: number;
  @Required() jwt!: string;
  @Required() issuedAt!: Date;
  @Prop({ default: false }) revoked!: boolean;
  @Prop({ default: false }) suspended!: boolean;

  /** Time of the status event last applied: an older event arriving late changes nothing. */
  @Prop() statusChangedAt?: Date;
}

export const CredentialSchema = collectionSchema(Credential, {
  tenantScoped: true,
  indexes: [
    // One credential per entry of a CB's lists; serves the random allocation's collision check.
    [{ cbId: 1, statusIndex: 1 }, { unique: true }],
    // Serves a list's rendering: the set bits of one purpose in one CB.
    { cbId: 1, suspended: 1 },
    { cbId: 1, revoked: 1 },
    // Serves public verification by the number printed on the certificate.
    { number: 1, issuedAt: -1 },
  ],
});
