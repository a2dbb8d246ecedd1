import { z } from 'zod';
import { CandidacyStatusSchema } from '../candidacy/candidate.schemas';
import { EstablishmentPlaceShape } from '../identity/network.schemas';

/** Every candidacy event names the candidate and where he belongs, for routing and projections. */
const CandidateRef = z.object({
  candidateId: z.string(),
  reference: z.string(),
  ...EstablishmentPlaceShape,
});

/** A transfer request named in an event: the candidate, where he goes and where he comes from. */
const TransferRef = z.object({
  transferId: z.string(),
  candidateId: z.string(),
  reference: z.string(),
  establishmentId: z.string(),
  networkId: z.string(),
  fromEstablishmentId: z.string(),
  fromNetworkId: z.string(),
  /** The organisation of the establishment the dossier would leave (absent from events of before it was added). */
  fromTrainingOrganisationId: z.string().optional(),
  certifierId: z.string(),
});

const HabilitationRef = z.object({
  habilitationId: z.string(),
  ...EstablishmentPlaceShape,
});

export const CandidacyEvents = {
  'certhub.candidacy.created.v1': {
    subject: 'evt.candidacy.candidacy.created',
    summary: 'An establishment registered a candidate',
    schema: CandidateRef.extend({ createdBy: z.string() }),
  },
  'certhub.candidacy.updated.v1': {
    subject: 'evt.candidacy.candidacy.updated',
    summary: 'A candidate’s sheet was edited, deactivated, reactivated or deleted',
    schema: CandidateRef.extend({
      change: z.enum(['edited', 'deactivated', 'reactivated', 'deleted']),
      changedBy: z.string(),
    }),
  },
  'certhub.candidacy.status_changed.v1': {
    subject: 'evt.candidacy.candidacy.status_changed',
    summary: 'A candidacy moved to another status',
    schema: CandidateRef.extend({
      from: CandidacyStatusSchema,
      to: CandidacyStatusSchema,
      action: z.string(),
      reason: z.string().optional(),
      changedBy: z.string(),
    }),
  },
  'certhub.candidacy.evaluation_changed.v1': {
    subject: 'evt.candidacy.evaluation.changed',
    summary: 'An evaluation of a candidate was opened, saved, finalised or reopened',
    schema: CandidateRef.extend({
      evaluationId: z.string(),
      kind: z.enum(['preliminary', 'final']),
      change: z.enum(['opened', 'saved', 'finalised', 'reopened']),
      validated: z.boolean().optional(),
      changedBy: z.string(),
    }),
  },
  'certhub.candidacy.training_recorded.v1': {
    subject: 'evt.candidacy.training.recorded',
    summary: 'A training of a candidate was recorded',
    schema: CandidateRef.extend({
      trainingId: z.string(),
      domainIds: z.array(z.string()),
      attended: z.boolean(),
      recordedBy: z.string(),
    }),
  },
  'certhub.candidacy.sent_to_certification.v1': {
    subject: 'evt.candidacy.candidacy.sent_to_certification',
    summary: 'An establishment sent a candidacy to certification (or back, with its complements)',
    schema: CandidateRef.extend({ resent: z.boolean(), sentBy: z.string() }),
  },
  'certhub.candidacy.jury_decided.v1': {
    subject: 'evt.candidacy.candidacy.jury_decided',
    summary: 'The jury certified a candidacy, refused it or asked for complements',
    schema: CandidateRef.extend({
      decision: z.enum(['certified', 'not_certified', 'complement_requested']),
      juryDate: z.string(),
      reason: z.string().optional(),
      decidedBy: z.string(),
      /**
       * With a `certified` decision: what the individual certificate prints, numbered in the same
       * write as the decision (the certificate service issues it from this event).
       */
      certificate: z
        .object({
          number: z.string(),
          holder: z.object({ givenName: z.string(), familyName: z.string(), birthDate: z.string() }),
          frameworkVersion: z.string(),
          certifierName: z.string(),
        })
        .optional(),
    }),
  },
  'certhub.candidacy.dispatch_undelivered.v1': {
    subject: 'evt.candidacy.dispatch.undelivered',
    summary: 'A paper certificate posted to a candidate was returned undelivered',
    schema: CandidateRef.extend({
      dispatchId: z.string(),
      returnedOn: z.string(),
      recordedBy: z.string(),
    }),
  },
  'certhub.candidacy.message_posted.v1': {
    subject: 'evt.candidacy.candidacy.message_posted',
    summary: 'The establishment or the certifier wrote to the other side about a candidacy',
    schema: CandidateRef.extend({
      messageId: z.string(),
      side: z.enum(['establishment', 'certifier']),
      postedBy: z.string(),
      /** The message's first words, for the notification. */
      excerpt: z.string(),
    }),
  },
  'certhub.transfer.requested.v1': {
    subject: 'evt.candidacy.transfer.requested',
    summary: 'An establishment asked to take over a candidate’s dossier',
    schema: TransferRef.extend({
      /** The requesting establishment's organisation (absent from events of before it was added). */
      trainingOrganisationId: z.string().optional(),
      requestedBy: z.string(),
    }),
  },
  'certhub.transfer.decided.v1': {
    subject: 'evt.candidacy.transfer.decided',
    summary: 'The certifier accepted or refused a transfer request',
    schema: TransferRef.extend({
      /** The receiving establishment's organisation and certifier (absent from events of before they were added). */
      trainingOrganisationId: z.string().optional(),
      toCertifierId: z.string().optional(),
      decision: z.enum(['accepted', 'refused']),
      reason: z.string().optional(),
      decidedBy: z.string(),
      /** Who asked: the answer is his to hear (absent from events of before it was added). */
      requestedBy: z.string().optional(),
    }),
  },
  /**
   * An accepted transfer moved the dossier to an establishment of another certifier
   * (changement de certificateur): the certification is now the new certifier's.
   */
  'certhub.candidacy.certifier_changed.v1': {
    subject: 'evt.candidacy.candidacy.certifier_changed',
    summary: 'A candidate’s dossier moved to another certifier with its transfer',
    schema: z.object({
      candidateId: z.string(),
      reference: z.string(),
      transferId: z.string(),
      establishmentId: z.string(),
      networkId: z.string(),
      fromNetworkId: z.string(),
      fromCertifierId: z.string(),
      certifierId: z.string(),
      changedBy: z.string(),
    }),
  },
  'certhub.habilitation.requested.v1': {
    subject: 'evt.candidacy.habilitation.requested',
    summary: 'An establishment asked a certifier for a habilitation (or its renewal)',
    schema: HabilitationRef.extend({ renewal: z.boolean(), requestedBy: z.string() }),
  },
  /** A request made while a habilitation with that certifier exists: its renewal. */
  'certhub.habilitation.renewal_requested.v1': {
    subject: 'evt.candidacy.habilitation.renewal_requested',
    summary: 'An establishment asked a certifier to renew its habilitation',
    schema: HabilitationRef.extend({
      renews: z.string(),
      /** The habilitation renewed is still in force (an early renewal). */
      inForce: z.boolean(),
      requestedBy: z.string(),
    }),
  },
  'certhub.habilitation.renewal_decided.v1': {
    subject: 'evt.candidacy.habilitation.renewal_decided',
    summary: 'A certifier validated or rejected the renewal of a habilitation',
    schema: HabilitationRef.extend({
      renews: z.string(),
      decision: z.enum(['validated', 'rejected']),
      startsOn: z.string().optional(),
      endsOn: z.string().optional(),
      reason: z.string().optional(),
      decidedBy: z.string(),
    }),
  },
  'certhub.habilitation.decided.v1': {
    subject: 'evt.candidacy.habilitation.decided',
    summary: 'A certifier validated or rejected a habilitation request',
    schema: HabilitationRef.extend({
      decision: z.enum(['validated', 'rejected']),
      startsOn: z.string().optional(),
      endsOn: z.string().optional(),
      reason: z.string().optional(),
      decidedBy: z.string(),
    }),
  },
} as const;
