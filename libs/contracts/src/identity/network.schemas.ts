import { z } from 'zod';
import { sortablePageQuery, queryFlag } from '../pagination';
import { AddressSchema, SirenSchema, SiretSchema } from './identity.schemas';
import { id } from '../fields';

/**
 * The training side of the individuals' line: networks → training organisations (SIREN) →
 * establishments (SIRET). docs/domain/training-networks.md.
 */

/**
 * Where an establishment stands on the training side, with the certifier it works with: what the
 * records of its candidacies and habilitations carry, to be routed and read within a perimeter.
 */
export const EstablishmentPlaceShape = {
  establishmentId: z.string(),
  trainingOrganisationId: z.string(),
  networkId: z.string(),
  certifierId: z.string(),
};

const NameSchema = z.string().trim().min(1).max(100);
const EmailSchema = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());

export const ContactSchema = z
  .object({ lastName: NameSchema, firstName: NameSchema, email: EmailSchema })
  .strict();

/** Shown to the public in the directory of accredited establishments: a phone is required. */
export const PublicContactSchema = ContactSchema.extend({
  phone: z
    .string()
    .trim()
    .regex(
      /^\+?[0-9 .()-]{6,20}$/,
      'phone: 6–20 digits, spaces, dots or dashes, optionally with a leading +',
    ),
}).strict();

/**
 * The French regions by their ISO 3166-2 code: 13 in metropolitan France, 5 overseas. Juries sit per
 * certifier and region.
 */
export const REGIONS = [
  'ARA',
  'BFC',
  'BRE',
  'CVL',
  'COR',
  'GES',
  'HDF',
  'IDF',
  'NOR',
  'NAQ',
  'OCC',
  'PDL',
  'PAC',
  'GUA',
  'MTQ',
  'GUF',
  'LRE',
  'MAY',
] as const;
export const RegionSchema = z.enum(REGIONS, { error: `region must be one of ${REGIONS.join(', ')}` });
export type Region = z.infer<typeof RegionSchema>;

export const CreateNetworkRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    /** Platform staff name the certifier; a certifier's own staff create networks for their CB. */
    certifierId: id.optional(),
    head: ContactSchema,
    notifyOnCandidacy: z.boolean().default(false),
  })
  .strict();

export const NetworkSchema = z.object({
  id: z.string(),
  name: z.string(),
  certifierId: z.string(),
  head: ContactSchema,
  notifyOnCandidacy: z.boolean(),
  /** Edits state the version they were made on; a stale one answers 409. */
  version: z.number().int(),
  createdAt: z.string(),
});

export const CreateTrainingOrganisationRequestSchema = z
  .object({
    networkId: id,
    siren: SirenSchema,
    name: z.string().trim().min(1).max(200),
    address: AddressSchema,
    contact: ContactSchema,
    billingEmail: EmailSchema,
    /** Only when billing goes elsewhere than the organisation's address. */
    billingAddress: AddressSchema.optional(),
  })
  .strict();

export const TrainingOrganisationSchema = z.object({
  id: z.string(),
  networkId: z.string(),
  siren: z.string(),
  name: z.string(),
  address: AddressSchema,
  contact: ContactSchema,
  billingEmail: z.string(),
  billingAddress: AddressSchema.optional(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});

export const TrainingOrganisationListQuerySchema = sortablePageQuery(['name', 'siren', 'createdAt'])
  .extend({ networkId: id, q: z.string().trim().max(100).optional() })
  .strict();

export const CreateEstablishmentRequestSchema = z
  .object({
    trainingOrganisationId: id,
    name: z.string().trim().min(1).max(200),
    siret: SiretSchema,
    officialContact: ContactSchema,
    publicContact: PublicContactSchema,
    address: AddressSchema,
    region: RegionSchema,
    website: z.url().max(300).optional(),
  })
  .strict();

export const EstablishmentSchema = z.object({
  id: z.string(),
  networkId: z.string(),
  trainingOrganisationId: z.string(),
  certifierId: z.string(),
  name: z.string(),
  siret: z.string(),
  officialContact: ContactSchema,
  publicContact: PublicContactSchema,
  address: AddressSchema,
  region: RegionSchema,
  website: z.string().optional(),
  /** Its own flag, which its certifier toggles. */
  active: z.boolean(),
  /**
   * Its training organisation's flag: while the organisation is deactivated, none of its
   * establishments works, whatever their own flag (docs/domain/training-networks.md#active-flag).
   */
  organisationActive: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Establishment = z.infer<typeof EstablishmentSchema>;

/**
 * Whether an establishment works: its own flag and its training organisation's both set (only its
 * certifier changes either). One that does not work records, takes over and completes nothing.
 */
export const establishmentWorks = (e: Pick<Establishment, 'active' | 'organisationActive'>): boolean =>
  e.active && e.organisationActive;

export const EstablishmentListQuerySchema = sortablePageQuery(['name', 'siret', 'createdAt'])
  .extend({
    trainingOrganisationId: id.optional(),
    q: z.string().trim().max(100).optional(),
    active: queryFlag,
  })
  .strict();

const version = z.number().int().min(0);
const WebsiteSchema = z.url().max(300);

/**
 * Edits name the version they were made on (409 when someone else changed it since) and only the
 * fields that change; `null` clears an optional one. The identifiers stay checked as on creation.
 */
export const UpdateNetworkRequestSchema = z
  .object({
    networkId: id,
    version,
    name: z.string().trim().min(1).max(200).optional(),
    head: ContactSchema.optional(),
    notifyOnCandidacy: z.boolean().optional(),
  })
  .strict();

export const UpdateTrainingOrganisationRequestSchema = z
  .object({
    trainingOrganisationId: id,
    version,
    /** Correctable only while the organisation has no establishment: their SIRETs start with it. */
    siren: SirenSchema.optional(),
    name: z.string().trim().min(1).max(200).optional(),
    address: AddressSchema.optional(),
    contact: ContactSchema.optional(),
    billingEmail: EmailSchema.optional(),
    billingAddress: AddressSchema.nullable().optional(),
  })
  .strict();

export const UpdateEstablishmentRequestSchema = z
  .object({
    establishmentId: id,
    version,
    name: z.string().trim().min(1).max(200).optional(),
    /** Still the organisation's SIREN followed by the establishment number, and unique. */
    siret: SiretSchema.optional(),
    officialContact: ContactSchema.optional(),
    publicContact: PublicContactSchema.optional(),
    address: AddressSchema.optional(),
    region: RegionSchema.optional(),
    website: WebsiteSchema.nullable().optional(),
  })
  .strict();

/** What happened to an establishment, in the words of its history ("actions effectuées"). */
export const ESTABLISHMENT_ACTIONS = [
  'created',
  'edited',
  'activated',
  'deactivated',
  'habilitation_requested',
  'habilitation_renewal_requested',
  'habilitation_validated',
  'habilitation_rejected',
  'user_invited',
  'user_disabled',
  'user_enabled',
] as const;
export const EstablishmentActionKindSchema = z.enum(ESTABLISHMENT_ACTIONS);

export const EstablishmentActionSchema = z.object({
  id: z.string(),
  establishmentId: z.string(),
  action: EstablishmentActionKindSchema,
  at: z.string(),
  /** The user who did it (`system` for the platform's own jobs). */
  by: z.string(),
  /** The fields an edit changed. */
  fields: z.array(z.string()).optional(),
  certifierId: z.string().optional(),
  habilitationId: z.string().optional(),
  startsOn: z.string().optional(),
  endsOn: z.string().optional(),
  reason: z.string().optional(),
  userId: z.string().optional(),
  role: z.string().optional(),
});
export type EstablishmentAction = z.infer<typeof EstablishmentActionSchema>;

export const EstablishmentHistoryQuerySchema = sortablePageQuery(['at'])
  .extend({ establishmentId: id, action: EstablishmentActionKindSchema.optional() })
  .strict();
