import type { CloudEvent } from '@certhub/contracts';
import { Collection, collectionSchema, MultiTenantRecord, Required } from '@certhub/platform';

export const FINDING_MESSAGE_MODEL = 'FindingMessage';

/**
 * One message of a finding's thread ("Communication") between the applicant and the CB's analyst:
 * docs/domain/organisation-certification.md#finding-thread.
 */
@Collection('finding_messages')
export class FindingMessageDoc extends MultiTenantRecord {
  @Required() findingId!: string;
  @Required() dossierId!: string;
  @Required() authorId!: string;
  @Required({ type: String }) authorSide!: 'applicant' | 'certification_body';
  @Required() body!: string;
  @Required() at!: Date;

  /** message_posted travels with the message itself: a thread never bumps the finding's version. */
  outbox!: CloudEvent[];
}

export const FindingMessageSchema = collectionSchema(FindingMessageDoc, {
  tenantScoped: true,
  indexes: [
    // messages.list: one finding's thread, in order, paginated.
    { tenantId: 1, findingId: 1, at: 1 },
  ],
});
