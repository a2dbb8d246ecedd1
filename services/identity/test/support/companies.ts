import { LA_POSTE_SIREN } from '@certhub/contracts';
import { uniqueId } from '@certhub/testing';
import { loadDataset } from '../../src/companies/offline-company-registry';
import { DEMO_ORGANISATION } from '../../src/demo/demo-data';

const companies = loadDataset().companies.filter(
  (c) => c.siren !== DEMO_ORGANISATION.siren && c.siren !== LA_POSTE_SIREN,
);
// Start somewhere different in every test process, then never hand the same company out twice.
let next = parseInt(uniqueId('').slice(-6), 16) % companies.length;

/** A company of the offline dataset no other test of this process uses. */
export function takeCompany(options: { multiSite?: boolean } = {}): (typeof companies)[number] {
  for (let tried = 0; tried < companies.length; tried += 1) {
    const company = companies[next % companies.length]!;
    next += 1;
    if (!options.multiSite || company.establishments.length > 1) return company;
  }
  throw new Error('the dataset has no company left to hand out');
}

export const headquartersOf = (company: ReturnType<typeof takeCompany>) =>
  company.establishments.find((e) => e.headquarters)!;

/** A syntactically valid SIRET (Luhn) that no registry knows. */
export const UNKNOWN_SIRET = '12345678200010';
