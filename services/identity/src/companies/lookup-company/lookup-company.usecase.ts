import { Injectable } from '@nestjs/common';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { CompanyRegistry } from '../company-registry';

/**
 * Public: the SIRET pre-fill of the registration form and of site declarations
 * (docs/domain/roles-and-tenancy.md#company-registry-pre-fill).
 */
@Injectable()
export class LookupCompany {
  constructor(private readonly companies: CompanyRegistry) {}

  async execute(
    request: RpcPayload<'identity.companies.lookup'>,
  ): Promise<RpcResponse<'identity.companies.lookup'>> {
    const company = await this.companies.findBySiret(request.siret);
    if (!company)
      throw new DomainError(
        'not_found',
        `no open establishment with SIRET ${request.siret} in the company registry`,
      );
    return company;
  }
}
