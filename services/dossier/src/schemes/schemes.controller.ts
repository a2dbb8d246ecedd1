import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { GetScheme } from './get-scheme/get-scheme.usecase';
import { ListSchemes } from './list-schemes/list-schemes.usecase';
import { PublishScheme } from './publish-scheme/publish-scheme.usecase';
import { requirePrincipal } from './scheme-access';

@Controller()
export class SchemesController {
  constructor(
    private readonly listSchemes: ListSchemes,
    private readonly getScheme: GetScheme,
    private readonly publishScheme: PublishScheme,
  ) {}

  @MessagePattern('dossier.schemes.list')
  list(@Payload() query: RpcPayload<'dossier.schemes.list'>): Promise<RpcResponse<'dossier.schemes.list'>> {
    requirePrincipal();
    return this.listSchemes.execute(query);
  }

  @MessagePattern('dossier.schemes.get')
  get(@Payload() request: RpcPayload<'dossier.schemes.get'>): Promise<RpcResponse<'dossier.schemes.get'>> {
    requirePrincipal();
    return this.getScheme.execute(request);
  }

  @MessagePattern('dossier.schemes.publish')
  publish(
    @Payload() scheme: RpcPayload<'dossier.schemes.publish'>,
  ): Promise<RpcResponse<'dossier.schemes.publish'>> {
    return this.publishScheme.execute(requirePrincipal(), scheme);
  }
}
