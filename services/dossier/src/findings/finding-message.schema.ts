import type { CloudEvent } from '@certhub/contracts';
import { collectionSchema } from '@certhub/platform';

export const FINDING_MESSAGE_MODEL = 'FindingMessage';

/**
 * One message of a finding's thread ("Communication") between the applicant and the CB's analyst:
 * docs/domain/organisation-certification.md#finding-thread.
 */
export interface FindingMessageDoc {
  _id: string;
  tenantId: string[];
  findingId: string;
  dossierId: string;
  authorId: string;
  authorSide: 'applicant' | 'certification_body';
  body: string;
  at: Date;
  /** message_posted travels with the message itself: a thread never bumps the finding's version. */
  outbox: CloudEvent[];
}

export const FindingMessageSchema = collectionSchema<FindingMessageDoc>(
  'finding_messages',
  {
    _id: { type: String, required: true },
    tenantId: { type: [String], required: true },
    findingId: { type: String, required: true },
    dossierId: { type: String, required: true },
    authorId: { type: String, required: true },
    authorSide: { type: String, required: true },
    body: { type: String, required: true },
    at: { type: Date, required: true },
  },
  {
    tenantScoped: true,
    indexes: [
      // messages.list: one finding's thread, in order, paginated.
      { tenantId: 1, findingId: 1, at: 1 },
    ],
  },
);
