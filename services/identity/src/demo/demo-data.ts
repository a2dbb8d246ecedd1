/**
 * The demo tenants of the realm's demo users (infra/keycloak/certhub-realm.json: tenant_id
 * `cb-demo`, `org-demo`, `platform`). The organisation is also in the offline company dataset, so
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
] as const;
