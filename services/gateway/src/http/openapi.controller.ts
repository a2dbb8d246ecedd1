import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@certhub/platform';
import { OpenApiBuilder } from './openapi';
import { DescribeRoute } from './route-doc';
import { z } from 'zod';

@Public()
@Controller('api')
export class OpenApiController {
  constructor(private readonly openapi: OpenApiBuilder) {}

  @Get('openapi.json')
  @DescribeRoute({
    operationId: 'gateway.openapi.get',
    summary: 'This document',
    tag: 'api',
    ok: { description: 'OpenAPI 3.1', content: { json: z.record(z.string(), z.unknown()) } },
    local: true,
  })
  @Header('Cache-Control', 'no-cache')
  document(): Record<string, unknown> {
    return this.openapi.build();
  }
}
