import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { ManagedPartner } from '../managed-partner';
import { toPartnerResponse } from '../partner.mapper';

@Injectable()
export class GetPartner {
  constructor(private readonly managed: ManagedPartner) {}

  readonly execute: RpcHandler<'partner.clients.get'> = async (principal, request) =>
    toPartnerResponse(await this.managed.get(principal, request.partnerId));
}
