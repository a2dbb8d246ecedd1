import { Injectable } from '@nestjs/common';
import { HabilitationLifecycle } from '../habilitation-lifecycle';
import { toHabilitationResponse } from '../habilitation.mapper';
import { todayOf } from '../habilitation-period';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class GetHabilitation {
  constructor(private readonly lifecycle: HabilitationLifecycle) {}

  readonly execute: RpcHandler<'candidacy.habilitations.get'> = async (principal, request) => {
    return toHabilitationResponse(
      await this.lifecycle.load(principal, request.habilitationId),
      todayOf(new Date()),
    );
  };
}
