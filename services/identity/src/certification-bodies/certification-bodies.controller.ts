import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requirePrincipal } from '../common/access';
import { CreateCertificationBody } from './create-certification-body/create-certification-body.usecase';
import { ListCertificationBodies } from './list-certification-bodies/list-certification-bodies.usecase';

@Controller()
export class CertificationBodiesController {
  constructor(
    private readonly createCertificationBody: CreateCertificationBody,
    private readonly listCertificationBodies: ListCertificationBodies,
  ) {}

  @MessagePattern('identity.certification-bodies.create')
  async create(
    @Payload() request: RpcPayload<'identity.certification-bodies.create'>,
  ): Promise<RpcResponse<'identity.certification-bodies.create'>> {
    return this.createCertificationBody.execute(requirePrincipal(), request);
  }

  @MessagePattern('identity.certification-bodies.list')
  async list(
    @Payload() query: RpcPayload<'identity.certification-bodies.list'>,
  ): Promise<RpcResponse<'identity.certification-bodies.list'>> {
    requirePrincipal();
    return this.listCertificationBodies.execute(query);
  }
}
