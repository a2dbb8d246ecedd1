/**
 * The demo tenants of the realm's demo users (infra/keycloak/certhub-realm.json: tenant_id
 * `cb-demo`, `org-demo`, `platform`, `net-demo`). The organisation is also in the offline company dataset, so
 * its SIRET pre-fills like any other.
 */
export const DEMO_CERTIFICATION_BODY = {
  id: 'cb-demo',
  code: 'demo',
  name: 'CertHub Démo Certification',
  certificateNumberPrefix: 'DEMO',
  address: { line1: '11 rue Francis de Pressensé', postalCode: '93200', city: 'Saint-Denis', country: 'FR' },
} as const;

export const DEMO_ORGANISATION = {
  id: 'org-demo',
  siren: '901234567',
  siret: '90123456700013',
  name: 'Ateliers Démo CertHub SAS',
  address: { line1: '12 rue des Frères Lumière', postalCode: '69008', city: 'Lyon', country: 'FR' },
} as const;

export const DEMO_USER_EMAILS = [
  'platform.admin@certhub.local',
  'cb.admin@certhub.local',
  'analyst@certhub.local',
  'auditor@certhub.local',
  'decider@certhub.local',
  'org.admin@certhub.local',
  'org.member@certhub.local',
  'certifier@certhub.local',
  'jury@certhub.local',
  'network.admin@certhub.local',
  'establishment.a@certhub.local',
  'establishment.b@certhub.local',
] as const;

const DEMO_CONTACT = { lastName: 'Martin', firstName: 'Claire', email: 'contact@formation-demo.local' };

/**
 * The training network of the individuals' line, under the demo CB as its certifier: one
 * organisation with two establishments, each with its own realm user (`establishment.a`, `.b`).
 */
export const DEMO_NETWORK = {
  _id: 'net-demo',
  certifierId: DEMO_CERTIFICATION_BODY.id,
  name: 'Réseau Formation Démo',
  head: DEMO_CONTACT,
  notifyOnCandidacy: false,
} as const;

export const DEMO_TRAINING_ORGANISATION = {
  _id: 'of-demo',
  networkId: DEMO_NETWORK._id,
  certifierId: DEMO_NETWORK.certifierId,
  siren: '812345676',
  name: 'FORMATION DÉMO',
  address: { line1: '4 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
  contact: DEMO_CONTACT,
  billingEmail: 'factures@formation-demo.local',
} as const;

const demoEstablishment = (
  suffix: 'a' | 'b',
  siret: string,
  city: string,
  postalCode: string,
  region: 'ARA' | 'BFC',
) =>
  ({
    _id: `est-demo-${suffix}`,
    networkId: DEMO_NETWORK._id,
    trainingOrganisationId: DEMO_TRAINING_ORGANISATION._id,
    certifierId: DEMO_NETWORK.certifierId,
    siret,
    name: `FORMATION DÉMO ${city}`,
    officialContact: DEMO_CONTACT,
    publicContact: { ...DEMO_CONTACT, phone: '+33 4 00 00 00 00' },
    address: { line1: '1 rue de la République', postalCode, city, country: 'FR' },
    region,
  }) as const;

export const DEMO_ESTABLISHMENTS = [
  demoEstablishment('a', '81234567600017', 'Lyon', '69001', 'ARA'),
  demoEstablishment('b', '81234567600025', 'Dijon', '21000', 'BFC'),
] as const;
