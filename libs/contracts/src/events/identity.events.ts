import { z } from 'zod';
import { EstablishmentPlaceShape } from '../identity/network.schemas';

export const IdentityEvents = {
  'certhub.organisation.registered.v1': {
    subject: 'evt.identity.organisation.registered',
    summary: 'An organisation registered itself and its first administrator',
    schema: z.object({
      organisationId: z.string(),
      siren: z.string(),
      name: z.string(),
      adminUserId: z.string(),
    }),
  },
  'certhub.organisation.activation_changed.v1': {
    subject: 'evt.identity.organisation.activation_changed',
    summary: 'The platform activated or deactivated an organisation',
    schema: z.object({ organisationId: z.string(), active: z.boolean(), changedBy: z.string() }),
  },
  'certhub.organisation.updated.v1': {
    subject: 'evt.identity.organisation.updated',
    summary: 'An organisation’s administrator edited its master data or contacts',
    schema: z.object({ organisationId: z.string(), fields: z.array(z.string()), changedBy: z.string() }),
  },
  /** A CB's issuer key and did:web document are made from it (credentials service). */
  'certhub.certification_body.created.v1': {
    subject: 'evt.identity.certification_body.created',
    summary: 'The platform added a certification body',
    schema: z.object({ cbId: z.string(), code: z.string(), name: z.string(), createdBy: z.string() }),
  },
  'certhub.network.created.v1': {
    subject: 'evt.identity.network.created',
    summary: 'A certifier added a network of training organisations',
    schema: z.object({
      networkId: z.string(),
      certifierId: z.string(),
      name: z.string(),
      createdBy: z.string(),
    }),
  },
  /** Which fields changed, never their values: contacts are personal data and events travel far. */
  'certhub.network.updated.v1': {
    subject: 'evt.identity.network.updated',
    summary: 'A network’s head contact, name or options were edited',
    schema: z.object({ networkId: z.string(), fields: z.array(z.string()), changedBy: z.string() }),
  },
  'certhub.training_organisation.created.v1': {
    subject: 'evt.identity.training_organisation.created',
    summary: 'A training organisation was added to a network',
    schema: z.object({
      trainingOrganisationId: z.string(),
      networkId: z.string(),
      siren: z.string(),
      name: z.string(),
      createdBy: z.string(),
    }),
  },
  'certhub.training_organisation.updated.v1': {
    subject: 'evt.identity.training_organisation.updated',
    summary: 'A training organisation’s details were edited',
    schema: z.object({
      trainingOrganisationId: z.string(),
      networkId: z.string(),
      fields: z.array(z.string()),
      changedBy: z.string(),
    }),
  },
  'certhub.establishment.created.v1': {
    subject: 'evt.identity.establishment.created',
    summary: 'An establishment was added to a training organisation',
    schema: z.object({
      ...EstablishmentPlaceShape,
      siret: z.string(),
      region: z.string(),
      createdBy: z.string(),
    }),
  },
  'certhub.training_organisation.activation_changed.v1': {
    subject: 'evt.identity.training_organisation.activation_changed',
    summary: 'The certifier activated or deactivated a training organisation, and so all its establishments',
    schema: z.object({
      trainingOrganisationId: z.string(),
      networkId: z.string(),
      active: z.boolean(),
      changedBy: z.string(),
    }),
  },
  'certhub.establishment.activation_changed.v1': {
    subject: 'evt.identity.establishment.activation_changed',
    summary: 'The certifier activated or deactivated an establishment',
    schema: z.object({
      establishmentId: z.string(),
      /** Its organisation (absent from events of before it was added). */
      trainingOrganisationId: z.string().optional(),
      networkId: z.string(),
      active: z.boolean(),
      changedBy: z.string(),
    }),
  },
  'certhub.establishment.updated.v1': {
    subject: 'evt.identity.establishment.updated',
    summary: 'An establishment’s details, contacts, address or region were edited',
    schema: z.object({
      ...EstablishmentPlaceShape,
      fields: z.array(z.string()),
      changedBy: z.string(),
    }),
  },
  'certhub.user.invited.v1': {
    subject: 'evt.identity.user.invited',
    summary: 'An administrator invited a user into his tenant',
    schema: z.object({
      userId: z.string(),
      tenantType: z.string(),
      tenantId: z.string(),
      role: z.string(),
      invitedBy: z.string(),
      /** A training network's user invited into one establishment (his perimeter). */
      establishmentId: z.string().optional(),
    }),
  },
  'certhub.user.enabled_changed.v1': {
    subject: 'evt.identity.user.enabled_changed',
    summary: 'An administrator deactivated or reactivated a user',
    schema: z.object({
      userId: z.string(),
      tenantId: z.string(),
      enabled: z.boolean(),
      changedBy: z.string(),
      /** A training network's user of one establishment (his perimeter): its history lists the change. */
      establishmentId: z.string().optional(),
    }),
  },
  /**
   * Someone tried to create an account with the address of an existing one (a registration or an
   * invitation from another tenant): the answer to that caller said nothing; the owner is told.
   */
  'certhub.user.signup_attempted.v1': {
    subject: 'evt.identity.user.signup_attempted',
    summary: 'Someone tried to create an account with the address of an existing one',
    schema: z.object({
      userId: z.string(),
      tenantId: z.string(),
      via: z.enum(['registration', 'invitation']),
    }),
  },
  /**
   * Someone tried to register an organisation already registered (by its SIREN): the answer said
   * nothing; its administrators are told, with the applicant's address so they may invite him.
   */
  'certhub.organisation.registration_attempted.v1': {
    subject: 'evt.identity.organisation.registration_attempted',
    summary: 'Someone tried to register an organisation that is already registered',
    schema: z.object({ organisationId: z.string(), siren: z.string(), applicantEmail: z.string() }),
  },
} as const;
