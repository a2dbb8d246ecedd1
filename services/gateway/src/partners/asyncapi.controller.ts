import { Controller, Get, Header, Inject } from '@nestjs/common';
import { asyncApiDocument } from '@certhub/contracts';
import { Public, SERVICE_CONFIG } from '@certhub/platform';
import { z } from 'zod';
import type { GatewayEnv } from '../config';
import { DescribeRoute } from '../http/route-doc';

/** The AsyncAPI 3 document of certhub's events, generated from the contracts, beside openapi.json. */
@Public()
@Controller('api')
export class AsyncApiController {
  private readonly tokenUrl: string;

  constructor(@Inject(SERVICE_CONFIG) config: z.infer<typeof GatewayEnv>) {
    this.tokenUrl = `${config.KEYCLOAK_URL.replace(/\/$/, '')}/realms/${config.KEYCLOAK_REALM}/protocol/openid-connect/token`;
  }

  @Get('asyncapi.json')
  @DescribeRoute({
    operationId: 'gateway.asyncapi.get',
    summary: 'The AsyncAPI 3 document of the events partners receive',
    tag: 'api',
    ok: { description: 'AsyncAPI 3', content: { json: z.record(z.string(), z.unknown()) } },
    local: true,
  })
  @Header('Cache-Control', 'no-cache')
  document(): Record<string, unknown> {
    return asyncApiDocument({ tokenUrl: this.tokenUrl });
  }
}
