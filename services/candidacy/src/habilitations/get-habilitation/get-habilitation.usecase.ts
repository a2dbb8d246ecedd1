import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { HabilitationLifecycle } from '../habilitation-lifecycle';
import { toHabilitationResponse } from '../habilitation.mapper';
import { todayOf } from '../habilitation.table';

@Injectable()
export class GetHabilitation {
  constructor(private readonly lifecycle: HabilitationLifecycle) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'candidacy.habilitations.get'>,
  ): Promise<RpcResponse<'candidacy.habilitations.get'>> {
    return toHabilitationResponse(
      await this.lifecycle.load(principal, request.habilitationId),
      todayOf(new Date()),
    );
  }
}
