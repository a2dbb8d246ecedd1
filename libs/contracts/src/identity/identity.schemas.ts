import { z } from 'zod';
import { safeText, textOf } from '../text';
import { sortablePageQuery, queryFlag } from '../pagination';
import { RoleSchema } from '../roles';
import { checkSiren, checkSiret, type NumberCheck } from './numbers';

/** A zod string checked by one of the number rules, carrying its exact reason (length, Luhn, La Poste). */
const checkedNumber = (check: (raw: string) => NumberCheck) =>
  z.string().transform((raw, ctx) => {
    const result = check(raw);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  });

export const SirenSchema = checkedNumber(checkSiren);
export const SiretSchema = checkedNumber(checkSiret);

export const LocaleSchema = z.enum(['fr', 'en']);

export const AddressSchema = z
  .object({
    line1: textOf(200),
    line2: safeText(z.string().trim().max(200)).optional(),
    postalCode: z
      .string()
      .trim()
      .regex(/^[0-9A-Z -]{3,10}$/, 'postal code is not valid'),
    city: textOf(100),
    country: z.string().length(2).default('FR'),
  })
  .strict();

export const CompanySchema = z.object({
  siren: z.string(),
  siret: z.string(),
  name: z.string(),
  nafCode: z.string().optional(),
  address: AddressSchema,
  headquarters: z.boolean(),
});

/** Who an organisation's CB talks to, by what for (the portal's "contacts" page). */
export const CONTACT_ROLES = ['main', 'quality', 'management', 'billing', 'other'] as const;

const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ().-]{5,24}$/, 'phone number is not valid');

export const OrganisationContactSchema = z
  .object({
    role: z.enum(CONTACT_ROLES),
    name: z.string().trim().min(1).max(120),
    position: z.string().trim().max(120).optional(),
    email: z.string().trim().toLowerCase().email().max(254),
    phone: PhoneSchema.optional(),
  })
  .strict();

export const OrganisationSchema = z.object({
  id: z.string(),
  siren: z.string(),
  name: z.string(),
  address: AddressSchema,
  phone: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
  contacts: z.array(OrganisationContactSchema),
  active: z.boolean(),
  /** Master-data edits state the version they were made on; a stale one answers 409. */
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
});

/**
 * The organisation's own master data, edited by its administrator. The SIREN is its identity and
 * is not editable; `null` clears an optional field; `contacts` replaces the whole list.
 */
export const UpdateOrganisationRequestSchema = z
  .object({
    organisationId: z.string().min(1).max(64),
    version: z.number().int().min(0),
    name: z.string().trim().min(1).max(200).optional(),
    address: AddressSchema.optional(),
    phone: PhoneSchema.nullable().optional(),
    email: z.string().trim().toLowerCase().email().max(254).nullable().optional(),
    website: z
      .string()
      .trim()
      .max(200)
      .url()
      .refine((url) => /^https?:\/\//i.test(url), 'website: an http(s) address')
      .nullable()
      .optional(),
    contacts: z.array(OrganisationContactSchema).max(20).optional(),
  })
  .strict();

/** One edit of an organisation's master data: which fields, their values before and after. */
export const OrganisationChangeSchema = z.object({
  at: z.string(),
  by: z.string(),
  fields: z.array(z.string()),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
});

export const SiteSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  siret: z.string(),
  name: z.string(),
  address: AddressSchema,
  headquarters: z.boolean(),
});

/**
 * The spreadsheet an organisation's sites are imported from: the document service stores it as a
 * template (its sheet and header row are then required of every upload), identity reads it.
 * The registry fills each site's address; the name, when given, replaces the registry's.
 */
export const SITES_IMPORT_TEMPLATE = {
  documentId: 'template-organisation-sites',
  fileName: 'modele-import-sites.xlsx',
  sheet: 'Sites',
  columns: ['SIRET', 'Nom du site (facultatif)'],
} as const;

export const SitesImportUploadSchema = z.object({
  /** Upload the filled spreadsheet here (`POST /documents?contextId=…`), then import its id. */
  contextId: z.string(),
  templateDocumentId: z.string(),
  columns: z.array(z.string()),
  maxRows: z.number().int(),
  maxBytes: z.number().int(),
});

export const CertificationBodySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  address: AddressSchema,
  certificateNumberPrefix: z.string(),
  createdAt: z.string(),
});

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: RoleSchema,
  tenantType: z.string(),
  tenantId: z.string(),
  enabled: z.boolean(),
  emailVerified: z.boolean(),
  locale: LocaleSchema,
  createdAt: z.string(),
});

const PasswordSchema = z
  .string()
  .min(10, 'password must have at least 10 characters')
  .max(128)
  .regex(/[a-z]/, 'password needs a lower-case letter')
  .regex(/[A-Z]/, 'password needs an upper-case letter')
  .regex(/\d/, 'password needs a digit');

const EmailSchema = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());
const NameSchema = textOf(100);

export const RegistrationRequestSchema = z
  .object({
    siret: SiretSchema,
    /** Overrides of what the company registry pre-filled. */
    organisationName: textOf(200).optional(),
    address: AddressSchema.optional(),
    firstName: NameSchema,
    lastName: NameSchema,
    email: EmailSchema,
    password: PasswordSchema,
    locale: LocaleSchema.default('fr'),
  })
  .strict();

export const RegistrationResponseSchema = z.object({
  organisationId: z.string(),
  userId: z.string(),
  status: z.literal('email_verification_pending'),
});

export const InviteUserRequestSchema = z
  .object({
    email: EmailSchema,
    firstName: NameSchema,
    lastName: NameSchema,
    role: RoleSchema,
    locale: LocaleSchema.default('fr'),
    /** A training network's user: the organisation, and the establishment, his role reaches. */
    trainingOrganisationId: z.string().min(1).max(64).optional(),
    establishmentId: z.string().min(1).max(64).optional(),
  })
  .strict();

export const UserListQuerySchema = sortablePageQuery(['email', 'firstName', 'lastName', 'role', 'createdAt'])
  .extend({
    q: z.string().trim().max(100).optional(),
    role: RoleSchema.optional(),
    enabled: queryFlag,
  })
  .strict();

export const OrganisationListQuerySchema = sortablePageQuery(['name', 'siren', 'createdAt'])
  .extend({
    q: z.string().trim().max(100).optional(),
    active: queryFlag,
  })
  .strict();

export const CreateCertificationBodyRequestSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9-]{2,32}$/, 'code: 2–32 lower-case letters, digits or dashes'),
    name: textOf(200),
    address: AddressSchema,
    certificateNumberPrefix: z
      .string()
      .regex(/^[A-Z0-9]{2,10}$/, 'prefix: 2–10 upper-case letters or digits'),
  })
  .strict();

export { pageOf } from '../pagination';
