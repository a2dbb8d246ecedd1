import type { operations } from '../../api/schema';

export type Establishment =
  operations['identity.establishments.get']['responses'][200]['content']['application/json'];
import { EMPTY_ADDRESS, addressBody } from '../candidacy/fields';
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
    address: {
      line1: e.address.line1,
      line2: e.address.line2 ?? '',
      postalCode: e.address.postalCode,
      city: e.address.city,
    },
    region: e.region,
    website: e.website ?? '',
  };
}

/**
 * The PATCH body: every field as the form holds it (the API writes only what changed), the website
 * cleared with `null` when emptied, on the version the form was opened on.
 */
export function establishmentEditBody(e: Establishment, v: EstablishmentFormValues) {
  const website = v.website.trim();
  return {
    establishmentId: e.id,
    version: e.version,
    name: v.name.trim(),
    siret: v.siret.replace(/\s/g, ''),
    officialContact: withoutBlanks(v.officialContact),
    publicContact: withoutBlanks(v.publicContact),
    address: addressBody(v.address),
    region: v.region || undefined,
    ...(website ? { website } : e.website ? { website: null } : {}),
  };
}
