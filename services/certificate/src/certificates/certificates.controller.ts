import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { RequestContext } from '@certhub/platform';
import { ListCertificates } from './list-certificates/list-certificates.usecase';

@Controller()
export class CertificatesController {
  constructor(private readonly listCertificates: ListCertificates) {}

  @MessagePattern('certificate.list')
  list(@Payload() query: RpcPayload<'certificate.list'>): Promise<RpcResponse<'certificate.list'>> {
    return this.listCertificates.execute(RequestContext.principal(), query);
  }
}
