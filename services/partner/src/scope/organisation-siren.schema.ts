import { Collection, collectionSchema, Id, Required } from '@certhub/platform';

/**
 * Organisation id → SIREN, learnt from `organisation.registered` and certificate events: dossier
 * events name the organisation only, and SIREN-scoped subscriptions need its SIREN. Platform
 * reference data (a SIREN is public), so not tenant-scoped.
 */
@Collection('organisation_sirens')
export class OrganisationSiren {
  /** The organisation id. */
  @Id() _id!: string;
  @Required() siren!: string;
}

export const OrganisationSirenSchema = collectionSchema(OrganisationSiren, { tenantScoped: false });
