import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { InternalProxy, clientQuery } from '../http/internal-proxy';
import { WORKBOOK } from '../http/media-types';
import { DescribeRoute } from '../http/route-doc';

@Controller('api/v1/complaint-statistics')
export class ComplaintsRegisterController {
  constructor(private readonly internal: InternalProxy) {}

  /**
   * The complaints and appeals register as one Excel workbook, for the same filters as its figures
   * (docs/domain/complaints-and-appeals.md#register-and-figures), rendered by the complaints
   * service and streamed from its internal route (files never travel over NATS).
   */
  @Get('export')
  @Roles('cb_admin', 'platform_admin')
  @DescribeRoute({
    operationId: 'complaints.register.download',
    summary: 'The complaints and appeals register as an Excel workbook (figures, complaints, appeals)',
    tag: 'complaints',
    parameters: [
      { name: 'cbId', in: 'query', description: 'One certification body (platform staff)' },
      { name: 'from', in: 'query', description: 'Lodged on or after this day (YYYY-MM-DD, UTC)' },
      { name: 'to', in: 'query', description: 'Lodged on or before this day (YYYY-MM-DD, UTC)' },
    ],
    ok: WORKBOOK,
  })
  export(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    const path = `/internal/complaints/register.xlsx${clientQuery(req)}`;
    return this.internal.download('complaints', path, req, res, principal);
  }
}
