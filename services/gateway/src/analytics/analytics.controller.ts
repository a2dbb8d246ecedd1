import { Controller, Get, Req, Res } from '@nestjs/common';
import { ANALYTICS_READER_ROLES, type Principal, type RpcResponse } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';
import { InternalProxy } from '../http/internal-proxy';

/** The analytics service holds the same rule and applies the tenant scope. */
const READERS = [...ANALYTICS_READER_ROLES];

@Controller('api/v1/analytics')
export class AnalyticsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly internal: InternalProxy,
  ) {}

  @Get('event-counts')
  @Endpoint({
    rpc: 'analytics.event-counts',
    tag: 'analytics',
    summary: 'Events seen per type for your tenant (platform staff: every tenant)',
  })
  eventCounts(
    @Input() input: EndpointInput<'analytics.event-counts'>,
  ): Promise<RpcResponse<'analytics.event-counts'>> {
    return forward(this.rpc, 'analytics.event-counts', input);
  }

  @Get('dashboard')
  @Endpoint({
    rpc: 'analytics.dashboard',
    tag: 'analytics',
    roles: READERS,
    summary:
      'Dashboard counters: dossiers awaiting admissibility, audit, decision…, open and overdue findings',
  })
  dashboard(
    @Input() input: EndpointInput<'analytics.dashboard'>,
  ): Promise<RpcResponse<'analytics.dashboard'>> {
    return forward(this.rpc, 'analytics.dashboard', input);
  }

  @Get('dossiers-by-status')
  @Endpoint({
    rpc: 'analytics.dossiers-by-status',
    tag: 'analytics',
    roles: READERS,
    summary: 'Dossiers per current status, CB and scheme',
  })
  dossiersByStatus(
    @Input() input: EndpointInput<'analytics.dossiers-by-status'>,
  ): Promise<RpcResponse<'analytics.dossiers-by-status'>> {
    return forward(this.rpc, 'analytics.dossiers-by-status', input);
  }

  @Get('lead-times')
  @Endpoint({
    rpc: 'analytics.lead-times',
    tag: 'analytics',
    roles: READERS,
    summary:
      'Lead times (submission → admissible, audit → decision, finding raised → closed): count, mean, p50, p90',
  })
  leadTimes(
    @Input() input: EndpointInput<'analytics.lead-times'>,
  ): Promise<RpcResponse<'analytics.lead-times'>> {
    return forward(this.rpc, 'analytics.lead-times', input);
  }

  @Get('findings-by-requirement')
  @Endpoint({
    rpc: 'analytics.findings-by-requirement',
    tag: 'analytics',
    roles: READERS,
    summary: 'Findings raised, open and overdue per requirement and severity',
  })
  findingsByRequirement(
    @Input() input: EndpointInput<'analytics.findings-by-requirement'>,
  ): Promise<RpcResponse<'analytics.findings-by-requirement'>> {
    return forward(this.rpc, 'analytics.findings-by-requirement', input);
  }

  @Get('overdue-findings')
  @Endpoint({
    rpc: 'analytics.overdue-findings',
    tag: 'analytics',
    roles: READERS,
    summary: 'Open findings past their due date, as of today',
  })
  overdueFindings(
    @Input() input: EndpointInput<'analytics.overdue-findings'>,
  ): Promise<RpcResponse<'analytics.overdue-findings'>> {
    return forward(this.rpc, 'analytics.overdue-findings', input);
  }

  /**
   * Every report above as one Excel workbook ("Télécharger l'ensemble des statistiques",
   * docs/domain/statistics.md#excel-export) for the same filters, rendered by the analytics service
   * next to its read models and streamed from its internal route (files never travel over NATS).
   * Not an @Endpoint: the OpenAPI builder describes JSON answers only.
   */
  @Get('export')
  @Roles(...READERS)
  export(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    const at = req.originalUrl.indexOf('?');
    const search = at < 0 ? '' : req.originalUrl.slice(at);
    return this.internal.download(
      'analytics',
      `/internal/analytics/export.xlsx${search}`,
      req,
      res,
      principal,
    );
  }
}
