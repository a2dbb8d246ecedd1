import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { DomainError, RpcClient, SERVICE_CONFIG } from '@certhub/platform';

/**
 * An inactive organisation no longer works on the platform: it opens no dossier and completes none
 * (docs/domain/roles-and-tenancy.md#organisation-activation). Identity owns the flag; the dossier
 * service reads it with the caller's own rights and trusts it for a short while, since its
 * applicants' commands are a person's clicks, not a stream.
 */
@Injectable()
export class ActiveOrganisations {
  private readonly known = new Map<string, { active: boolean; until: number }>();

  constructor(
    private readonly rpc: RpcClient,
    // The service's config (config.ts, above this folder): only this delay is read here.
    @Inject(SERVICE_CONFIG) private readonly config: { ORGANISATION_STATE_TTL_MS: number },
  ) {}

  /** Refuses (403) a command of an inactive organisation's user; staff and the platform pass. */
  async require(principal: Principal, doing: string): Promise<void> {
    if (principal.tenantType !== 'organisation') return;
    if (await this.isActive(principal)) return;
    throw DomainError.forbidden(
      `your organisation is inactive on the platform, so it cannot ${doing}: ask the platform to reactivate it`,
    );
  }

  private async isActive(principal: Principal): Promise<boolean> {
    const organisationId = principal.tenantId;
    const cached = this.known.get(organisationId);
    if (cached && cached.until > Date.now()) return cached.active;
    const { active } = await this.rpc.call('identity.organisations.get', { organisationId }, { principal });
    this.known.set(organisationId, { active, until: Date.now() + this.config.ORGANISATION_STATE_TTL_MS });
    return active;
  }
}
