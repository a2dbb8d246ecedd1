import type { operations } from '../../api/schema';

export type Establishment =
  operations['identity.establishments.get']['responses'][200]['content']['application/json'];
import type { TFunction } from 'i18next';
import { EMPTY_ADDRESS, addressBody, addressValues } from '../candidacy/fields';
import { withoutBlanks } from '../../lib/forms';

export type EstablishmentFormValues = {
  name: string;
  siret: string;
  officialContact: { lastName: string; firstName: string; email: string };
  publicContact: { lastName: string; firstName: string; email: string; phone: string };
  address: typeof EMPTY_ADDRESS;
  region: string;
  website: string;
};

/** The form's starting values: the establishment as it is. */
export function establishmentFormValues(e: Establishment): EstablishmentFormValues {
  return {
    name: e.name,
    siret: e.siret,
    officialContact: { ...e.officialContact, email: String(e.officialContact.email) },
    publicContact: { ...e.publicContact, email: String(e.publicContact.email) },
    address: addressValues(e.address),
    region: e.region,
    website: e.website ?? '',
  };
}

/** What creation and edits send of the form but the website: trimmed, the SIRET without its spaces. */
export const establishmentFields = (v: EstablishmentFormValues) => ({
  name: v.name.trim(),
  siret: v.siret.replace(/\s/g, ''),
  officialContact: withoutBlanks(v.officialContact),
  publicContact: withoutBlanks(v.publicContact),
  address: addressBody(v.address),
  region: v.region || undefined,
});

/**
 * The PATCH body: every field as the form holds it (the API writes only what changed), the website
 * cleared with `null` when emptied, on the version the form was opened on.
 */
export function establishmentEditBody(e: Establishment, v: EstablishmentFormValues) {
  const website = v.website.trim();
  return {
    establishmentId: e.id,
    version: e.version,
    ...establishmentFields(v),
    ...(website ? { website } : e.website ? { website: null } : {}),
  };
}

/**
 * The form's own words for the establishment's field rules (zod's messages are English), and the
 * rule the schema cannot see: the SIRET starts with its organisation's SIREN (the API checks it too).
 */
export function establishmentErrors(
  errors: (messages: Record<string, string>) => Record<string, string>,
  siret: string,
  siren: string | undefined,
  t: TFunction,
) {
  const found = errors({
    siret: t('training.common.siretInvalid'),
    website: t('training.common.urlInvalid'),
    'officialContact.email': t('training.common.emailInvalid'),
    'publicContact.email': t('training.common.emailInvalid'),
    'publicContact.phone': t('training.common.phoneInvalid'),
    'address.postalCode': t('training.common.postalCodeInvalid'),
  });
  if (!found['siret'] && siren && !siret.startsWith(siren))
    found['siret'] = t('training.common.siretOfSiren', { siren });
  return found;
}
