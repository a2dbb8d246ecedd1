import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@certhub/platform';
import { OpenApiBuilder } from './openapi';

@Public()
@Controller('api')
export class OpenApiController {
  constructor(private readonly openapi: OpenApiBuilder) {}

  @Get('openapi.json')
  @Header('Cache-Control', 'no-cache')
  document(): Record<string, unknown> {
    return this.openapi.build();
  }
}
