import type { CompanySchema } from '@certhub/contracts';
import type { z } from 'zod';

export type Company = z.infer<typeof CompanySchema>;

/**
 * Where SIRET pre-fill comes from: the public French company API in production, a bundled dataset
 * offline (COMPANY_REGISTRY). `undefined` means no open establishment has this SIRET; an
 * unreachable registry is a `dependency_unavailable` DomainError.
 */
export abstract class CompanyRegistry {
  abstract findBySiret(siret: string): Promise<Company | undefined>;
  /**
   * Companies (their headquarters) matching `q` in name, SIREN or SIRET, one page. `exclude`
   * leaves out SIRENs (the registered ones, offline only: see SearchCompanies).
   */
  abstract search(query: CompanySearch): Promise<{ items: Company[]; total: number }>;
  /** Whether this registry is the bundled demo dataset rather than the live one. */
  abstract readonly offline: boolean;
}

export interface CompanySearch {
  q?: string;
  page: number;
  pageSize: number;
  exclude?: ReadonlySet<string>;
}
