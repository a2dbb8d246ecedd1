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
}
