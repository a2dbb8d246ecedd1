import { z } from 'zod';
import { pageOf } from '../identity/identity.schemas';
import {
  CreateEstablishmentRequestSchema,
  CreateNetworkRequestSchema,
  CreateTrainingOrganisationRequestSchema,
  EstablishmentActionSchema,
  EstablishmentHistoryQuerySchema,
  EstablishmentListQuerySchema,
  EstablishmentSchema,
  NetworkSchema,
  TrainingOrganisationListQuerySchema,
  TrainingOrganisationSchema,
  UpdateEstablishmentRequestSchema,
  UpdateNetworkRequestSchema,
  UpdateTrainingOrganisationRequestSchema,
} from '../identity/network.schemas';
import { id } from '../fields';
import type { Role } from '../roles';

/**
 * Who edits each level of a network, and adds to it the level below: the platform, and the
 * training side's administrators of that level or above (docs/domain/training-networks.md#roles-and-perimeter).
 */
const NETWORK_EDITORS = [
  'platform_admin',
  'network_admin',
  'network_supervisor',
] as const satisfies readonly Role[];
const ORGANISATION_EDITORS = [...NETWORK_EDITORS, 'training_org_admin'] as const satisfies readonly Role[];
const ESTABLISHMENT_EDITORS = [
  ...ORGANISATION_EDITORS,
  'establishment_admin',
] as const satisfies readonly Role[];
/** The certifier the networks work with (its administrator and staff), or the platform. */
const CERTIFIER_OR_PLATFORM = [
  'platform_admin',
  'cb_admin',
  'certifier_staff',
] as const satisfies readonly Role[];

/** The training networks of the individuals' line, owned by identity (docs/domain/training-networks.md). */
export const NetworkRpc = {
  'identity.networks.create': {
    http: {
      method: 'POST',
      path: '/api/v1/networks',
      status: 201,
      roles: CERTIFIER_OR_PLATFORM,
      tag: 'training networks',
      summary: 'Add a network of training organisations under a certifier',
    },
    request: CreateNetworkRequestSchema,
    response: NetworkSchema,
  },
  'identity.networks.get': {
    http: {
      method: 'GET',
      path: '/api/v1/networks/{networkId}',
      tag: 'training networks',
      summary: 'One network: its head and options',
    },
    request: z.object({ networkId: id }).strict(),
    response: NetworkSchema,
  },
  'identity.networks.update': {
    http: {
      method: 'PATCH',
      path: '/api/v1/networks/{networkId}',
      roles: NETWORK_EDITORS,
      tag: 'training networks',
      summary:
        'Edit the network: its name, its head contact, the option "notify me when a candidacy is created"',
    },
    request: UpdateNetworkRequestSchema,
    response: NetworkSchema,
  },
  'identity.training-organisations.create': {
    http: {
      method: 'POST',
      path: '/api/v1/networks/{networkId}/organisations',
      status: 201,
      roles: NETWORK_EDITORS,
      tag: 'training networks',
      summary: 'Add a training organisation (SIREN) to a network',
    },
    request: CreateTrainingOrganisationRequestSchema,
    response: TrainingOrganisationSchema,
  },
  'identity.training-organisations.list': {
    http: {
      method: 'GET',
      path: '/api/v1/networks/{networkId}/organisations',
      tag: 'training networks',
      summary: 'The training organisations of a network within your perimeter',
    },
    request: TrainingOrganisationListQuerySchema,
    response: pageOf(TrainingOrganisationSchema),
  },
  'identity.training-organisations.get': {
    http: {
      method: 'GET',
      path: '/api/v1/training-organisations/{trainingOrganisationId}',
      tag: 'training networks',
      summary: 'One training organisation',
    },
    request: z.object({ trainingOrganisationId: id }).strict(),
    response: TrainingOrganisationSchema,
  },
  'identity.training-organisations.update': {
    http: {
      method: 'PATCH',
      path: '/api/v1/training-organisations/{trainingOrganisationId}',
      roles: ORGANISATION_EDITORS,
      tag: 'training networks',
      summary:
        'Edit a training organisation: name, address, contact, billing (its SIREN while it has no establishment)',
    },
    request: UpdateTrainingOrganisationRequestSchema,
    response: TrainingOrganisationSchema,
  },
  'identity.training-organisations.set-active': {
    http: {
      method: 'PUT',
      path: '/api/v1/training-organisations/{trainingOrganisationId}/active',
      roles: CERTIFIER_OR_PLATFORM,
      tag: 'training networks',
      summary:
        'Activate or deactivate a training organisation (its certifier only): deactivated, none of its establishments works',
    },
    request: z.object({ trainingOrganisationId: id, active: z.boolean() }).strict(),
    response: TrainingOrganisationSchema,
  },
  'identity.establishments.create': {
    http: {
      method: 'POST',
      path: '/api/v1/training-organisations/{trainingOrganisationId}/establishments',
      status: 201,
      roles: ORGANISATION_EDITORS,
      tag: 'training networks',
      summary: 'Add an establishment (SIRET of the organisation) with its contacts, address and region',
    },
    request: CreateEstablishmentRequestSchema,
    response: EstablishmentSchema,
  },
  'identity.establishments.get': {
    http: {
      method: 'GET',
      path: '/api/v1/establishments/{establishmentId}',
      tag: 'training networks',
      summary: 'One establishment',
    },
    request: z.object({ establishmentId: id }).strict(),
    response: EstablishmentSchema,
  },
  'identity.establishments.list': {
    http: {
      method: 'GET',
      path: '/api/v1/establishments',
      tag: 'training networks',
      summary: 'Establishments within your perimeter (a certifier: those of its networks)',
    },
    request: EstablishmentListQuerySchema,
    response: pageOf(EstablishmentSchema),
  },
  'identity.establishments.update': {
    http: {
      method: 'PATCH',
      path: '/api/v1/establishments/{establishmentId}',
      roles: ESTABLISHMENT_EDITORS,
      tag: 'training networks',
      summary: 'Edit an establishment: name, SIRET, official and public contacts, address, region, website',
    },
    request: UpdateEstablishmentRequestSchema,
    response: EstablishmentSchema,
  },
  'identity.establishments.history': {
    http: {
      method: 'GET',
      path: '/api/v1/establishments/{establishmentId}/history',
      tag: 'training networks',
      summary:
        'The actions on an establishment (edits, activation, habilitations, users added), newest first',
    },
    request: EstablishmentHistoryQuerySchema,
    response: pageOf(EstablishmentActionSchema),
  },
  /** Only the certifier changes it, after its own checks (docs/domain/training-networks.md#active-flag). */
  'identity.establishments.set-active': {
    http: {
      method: 'PUT',
      path: '/api/v1/establishments/{establishmentId}/active',
      roles: CERTIFIER_OR_PLATFORM,
      tag: 'training networks',
      summary: 'Activate or deactivate an establishment (its certifier only)',
    },
    request: z.object({ establishmentId: id, active: z.boolean() }).strict(),
    response: EstablishmentSchema,
  },
} as const;
