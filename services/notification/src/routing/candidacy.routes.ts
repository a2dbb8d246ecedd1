import type { Role } from '@certhub/contracts';
import type { CandidacyEventType } from './event-types';
import { candidate } from './portal-pages';
import { path, type RoutingTable } from './route';

const NETWORK_HEADS: Role[] = ['network_admin', 'network_supervisor'];
const CERTIFIER_STAFF: Role[] = ['certifier_staff', 'cb_admin'];
/** The network's staff and the users of the candidate's organisation and establishment. */
const TRAINING_SIDE: Role[] = [...NETWORK_HEADS, 'training_org_admin', 'establishment_admin'];
const candidateLink = candidate();
/** The certifier's transfer requests, and a network's own requests with their answers. */
const TRANSFERS = '/training/transfers';
/** The certifier's habilitation requests, opened on the pending ones. */
const HABILITATIONS = '/training/habilitations';
const establishmentHabilitations = (p: { establishmentId: string }) =>
  path`/training/establishments/${p.establishmentId}?tab=habilitations`;
/** The place a candidacy or habilitation event is about: its establishment's users, none of another's. */
const HERE = {
  trainingOrganisationId: 'trainingOrganisationId',
  establishmentId: 'establishmentId',
} as const;
/** The establishment a transfer would take the dossier from. */
const FROM = {
  trainingOrganisationId: 'fromTrainingOrganisationId',
  establishmentId: 'fromEstablishmentId',
} as const;

/**
 * The individuals' line: the certifier hears of habilitation requests, the network of their
 * decisions and of its candidacies' abandonment. A training network's users below its heads hear
 * only of their own organisation's or establishment's candidates (`within`).
 */
export const CANDIDACY_ROUTES: Pick<RoutingTable, CandidacyEventType> = {
  // Only for a network that asked for it ("notify me when a candidacy is created"); each of its heads
  // may still turn it off in his own preferences.
  'certhub.candidacy.created.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: NETWORK_HEADS, networkOption: 'notifyOnCandidacy' }],
    link: candidateLink,
  },
  // The dossier now belongs to another certifier: both certifiers' staff (the one who takes over
  // the certification, the one who lets it go) and the receiving network's heads are told.
  'certhub.candidacy.certifier_changed.v1': {
    category: 'change_of_certifier',
    mandatory: true,
    // The side that lets the dossier go no longer reads it: the certifier finds the transfer it
    // accepted among its requests, the network its remaining candidates.
    recipients: [
      { tenant: 'certifierId', roles: CERTIFIER_STAFF },
      { tenant: 'fromCertifierId', roles: CERTIFIER_STAFF, link: () => `${TRANSFERS}?status=accepted` },
      { tenant: 'networkId', roles: NETWORK_HEADS },
      {
        tenant: 'fromNetworkId',
        roles: NETWORK_HEADS,
        when: (p) => p.fromNetworkId !== p.networkId,
        link: () => '/training/candidates',
      },
    ],
    link: candidateLink,
  },
  // Edits are the establishment's own doing and its trail keeps them; the network's head hears of a deletion.
  'certhub.candidacy.updated.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: ['network_admin'], when: (p) => p.change === 'deleted' }],
    // A deleted candidacy is hidden from every read: the list of the others.
    link: () => '/training/candidates',
  },
  'certhub.candidacy.status_changed.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: NETWORK_HEADS, when: (p) => p.to === 'abandoned' }],
    link: candidateLink,
  },
  // The establishment's own work, kept in the candidacy's trail; the network's heads hear of a
  // finalised evaluation reopened.
  'certhub.candidacy.evaluation_changed.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [{ tenant: 'networkId', roles: NETWORK_HEADS, when: (p) => p.change === 'reopened' }],
    link: candidate('evaluations'),
  },
  // A training without a certificate of attendance does not open the way to the final evaluation.
  'certhub.candidacy.training_recorded.v1': {
    category: 'dossier',
    mandatory: false,
    recipients: [
      { tenant: 'networkId', roles: ['training_org_admin'], within: HERE, when: (p) => !p.attended },
    ],
    link: candidate('trainings'),
  },
  'certhub.candidacy.sent_to_certification.v1': {
    category: 'sending_to_certification',
    mandatory: true,
    recipients: [{ tenant: 'certifierId', roles: ['certifier_staff', 'cb_admin'] }],
    link: candidate('certification'),
  },
  'certhub.candidacy.jury_decided.v1': {
    category: 'jury_decision',
    mandatory: true,
    recipients: [{ tenant: 'networkId', roles: TRAINING_SIDE, within: HERE }],
    link: candidate('certification'),
  },
  'certhub.candidacy.dispatch_undelivered.v1': {
    category: 'undelivered_mail',
    mandatory: true,
    recipients: [{ tenant: 'networkId', roles: TRAINING_SIDE, within: HERE }],
    link: candidate('dispatches'),
  },
  // The exchanges tab: whoever wrote, the other side hears of it.
  'certhub.candidacy.message_posted.v1': {
    category: 'sending_to_certification',
    mandatory: false,
    recipients: [
      {
        tenant: 'certifierId',
        roles: ['certifier_staff', 'cb_admin', 'jury_member'],
        when: (p) => p.side === 'establishment',
      },
      { tenant: 'networkId', roles: TRAINING_SIDE, within: HERE, when: (p) => p.side === 'certifier' },
    ],
    link: candidate('exchanges'),
  },
  // The certifier decides; the side the dossier would leave (its network's heads, the administrators
  // of its organisation and establishment) learns that someone asks for it.
  'certhub.transfer.requested.v1': {
    category: 'transfer',
    mandatory: true,
    // The side asked for the dossier keeps it until the certifier decides: it still reads it.
    recipients: [
      { tenant: 'certifierId', roles: CERTIFIER_STAFF },
      { tenant: 'fromNetworkId', roles: TRAINING_SIDE, within: FROM, link: candidateLink },
    ],
    link: () => TRANSFERS,
  },
  // Both sides hear the answer: the user who asked and the administrators of the requesting
  // establishment, and those of the establishment the dossier leaves (or stays with).
  'certhub.transfer.decided.v1': {
    category: 'transfer',
    mandatory: true,
    recipients: [
      { tenant: 'networkId', users: 'requestedBy' },
      { tenant: 'networkId', roles: TRAINING_SIDE, within: HERE },
      // The side asked keeps reading the dossier it keeps; one it let go, it reads no more.
      {
        tenant: 'fromNetworkId',
        roles: TRAINING_SIDE,
        within: FROM,
        when: (p) => p.decision !== 'accepted',
        link: candidateLink,
      },
      {
        tenant: 'fromNetworkId',
        roles: TRAINING_SIDE,
        within: FROM,
        when: (p) => p.decision === 'accepted',
        link: () => '/training/candidates',
      },
    ],
    link: () => TRANSFERS,
  },
  'certhub.habilitation.requested.v1': {
    category: 'accreditation_request',
    mandatory: true,
    recipients: [{ tenant: 'certifierId', roles: ['certifier_staff', 'cb_admin'] }],
    link: () => HABILITATIONS,
  },
  'certhub.habilitation.decided.v1': {
    category: 'accreditation_request',
    mandatory: true,
    recipients: [{ tenant: 'networkId', roles: TRAINING_SIDE, within: HERE }],
    link: establishmentHabilitations,
  },
  // Renewals are the category "renouvellement d'habilitation": asked of the certifier, answered to the network.
  'certhub.habilitation.renewal_requested.v1': {
    category: 'accreditation_renewal',
    mandatory: true,
    recipients: [{ tenant: 'certifierId', roles: CERTIFIER_STAFF }],
    link: () => HABILITATIONS,
  },
  'certhub.habilitation.renewal_decided.v1': {
    category: 'accreditation_renewal',
    mandatory: true,
    recipients: [{ tenant: 'networkId', roles: TRAINING_SIDE, within: HERE }],
    link: establishmentHabilitations,
  },
};
