import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { AddSite } from './add-site/add-site.usecase';
import { GetOrganisation } from './get-organisation/get-organisation.usecase';
import { ListOrganisations } from './list-organisations/list-organisations.usecase';
import { ListSites } from './list-sites/list-sites.usecase';
import { SetOrganisationActive } from './set-organisation-active/set-organisation-active.usecase';

/** NATS handlers; payloads arrive validated against libs/contracts by RpcContextInterceptor. */
@Controller()
export class OrganisationsController {
  constructor(
    private readonly getOrganisation: GetOrganisation,
    private readonly listOrganisations: ListOrganisations,
    private readonly setOrganisationActive: SetOrganisationActive,
    private readonly addSite: AddSite,
    private readonly listSites: ListSites,
  ) {}

  @MessagePattern('identity.organisations.get')
  async get(
    @Payload() request: RpcPayload<'identity.organisations.get'>,
  ): Promise<RpcResponse<'identity.organisations.get'>> {
    return this.getOrganisation.execute(requirePrincipal(), request);
  }

  @MessagePattern('identity.organisations.list')
  async list(
    @Payload() query: RpcPayload<'identity.organisations.list'>,
  ): Promise<RpcResponse<'identity.organisations.list'>> {
    return this.listOrganisations.execute(requirePrincipal(), query);
  }

  @MessagePattern('identity.organisations.set-active')
  async setActive(
    @Payload() request: RpcPayload<'identity.organisations.set-active'>,
  ): Promise<RpcResponse<'identity.organisations.set-active'>> {
    return this.setOrganisationActive.execute(requirePrincipal(), request);
  }

  @MessagePattern('identity.sites.add')
  async add(
    @Payload() request: RpcPayload<'identity.sites.add'>,
  ): Promise<RpcResponse<'identity.sites.add'>> {
    return this.addSite.execute(requirePrincipal(), request);
  }

  @MessagePattern('identity.sites.list')
  async sites(
    @Payload() query: RpcPayload<'identity.sites.list'>,
  ): Promise<RpcResponse<'identity.sites.list'>> {
    return this.listSites.execute(requirePrincipal(), query);
  }
}
