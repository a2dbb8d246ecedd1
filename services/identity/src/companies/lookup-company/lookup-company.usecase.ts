import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CompanyRegistry } from '../company-registry';

/**
 * Public: the SIRET pre-fill of the registration form and of site declarations
 * (docs/domain/roles-and-tenancy.md#company-registry-pre-fill).
 */
@Injectable()
export class LookupCompany {
  constructor(private readonly companies: CompanyRegistry) {}

  readonly execute: RpcHandler<'identity.companies.lookup'> = async (request) => {
    const company = await this.companies.findBySiret(request.siret);
    if (!company)
      throw new DomainError(
        'not_found',
        `no open establishment with SIRET ${request.siret} in the company registry`,
      );
    return company;
  };
}
