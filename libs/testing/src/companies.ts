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
