import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { RequestContext } from '@certhub/platform';
import { UpsertContext } from './upsert-context/upsert-context.usecase';

@Controller()
export class ContextsController {
  constructor(private readonly upsertContext: UpsertContext) {}

  @MessagePattern('document.contexts.upsert')
  upsert(
    @Payload() request: RpcPayload<'document.contexts.upsert'>,
  ): Promise<RpcResponse<'document.contexts.upsert'>> {
    return this.upsertContext.execute(RequestContext.principal(), request);
  }
}
