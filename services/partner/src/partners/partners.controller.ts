import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { CreatePartner } from './create-partner/create-partner.usecase';
import { GetPartner } from './get-partner/get-partner.usecase';
import { ListPartners } from './list-partners/list-partners.usecase';

@Controller()
export class PartnersController {
  constructor(
    private readonly createPartner: CreatePartner,
    private readonly listPartners: ListPartners,
    private readonly getPartner: GetPartner,
  ) {}

  @MessagePattern('partner.clients.create')
  create(
    @Payload() request: RpcPayload<'partner.clients.create'>,
  ): Promise<RpcResponse<'partner.clients.create'>> {
    return this.createPartner.execute(requirePrincipal(), request);
  }

  @MessagePattern('partner.clients.list')
  list(@Payload() query: RpcPayload<'partner.clients.list'>): Promise<RpcResponse<'partner.clients.list'>> {
    return this.listPartners.execute(requirePrincipal(), query);
  }

  @MessagePattern('partner.clients.get')
  get(@Payload() request: RpcPayload<'partner.clients.get'>): Promise<RpcResponse<'partner.clients.get'>> {
    return this.getPartner.execute(requirePrincipal(), request);
  }
}
