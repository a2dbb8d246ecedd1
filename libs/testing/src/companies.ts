import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './runtime';

export interface RegistryCompany {
  siren: string;
  name: string;
  establishments: { siret: string; headquarters: boolean }[];
}

/** A random company of the offline registry the identity service ships (each stack has fresh databases). */
export function someCompany(): RegistryCompany {
  const file = join(REPO_ROOT, 'services/identity/src/companies/data/companies.json');
  const { companies } = JSON.parse(readFileSync(file, 'utf8')) as { companies: RegistryCompany[] };
  return companies[Math.floor(Math.random() * companies.length)] as RegistryCompany;
}

/** The SIRET of a company's headquarters, the establishment it registers with. */
export function headquartersSiret(company: RegistryCompany): string {
  const headquarters = company.establishments.find((e) => e.headquarters);
  if (!headquarters) throw new Error(`${company.siren} has no headquarters in the registry`);
  return headquarters.siret;
}

/** The self-registration of a new applicant (Alice Martin, in French) at the company's headquarters. */
export function applicantRegistration(company: RegistryCompany, email: string, password: string) {
  const siret = headquartersSiret(company);
  return { siret, firstName: 'Alice', lastName: 'Martin', email, password, locale: 'fr' as const };
}
