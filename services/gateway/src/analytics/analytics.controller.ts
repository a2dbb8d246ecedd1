import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ANALYTICS_READER_ROLES, RpcCatalog, type Principal, type RpcResponse } from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Endpoint, Input, type EndpointInput } from '../http/endpoint';
import { forward } from '../http/forward';
import { AnalyticsWorkbook, type AnalyticsFilters } from './analytics-workbook';

/** The analytics service holds the same rule and applies the tenant scope. */
const READERS = [...ANALYTICS_READER_ROLES];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Controller('api/v1/analytics')
export class AnalyticsController {
  private readonly logger = new Logger(AnalyticsController.name);

  constructor(private readonly rpc: RpcClient) {}

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
   * docs/domain/statistics.md#excel-export),
   * for the same filters. Built here from the reports' pages rather than in analytics: files never
   * travel over NATS, and the pages keep each reply small. Not an @Endpoint: the OpenAPI builder
   * describes JSON answers only.
   */
  @Get('export')
  @Roles(...READERS)
  async export(
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const filters = parseFilters(query);
    // The first sheet's figures, fetched before answering: a refusal is still a problem+json.
    const dashboard = await this.rpc.call('analytics.dashboard', filters, { principal });
    res.status(200);
    res.setHeader('content-type', XLSX);
    res.setHeader(
      'content-disposition',
      `attachment; filename="certhub-analytics-${dashboard.asOf.slice(0, 10)}.xlsx"`,
    );
    try {
      // Resolves once the response has finished: the workbook writer ends it.
      await new AnalyticsWorkbook(this.rpc, principal).write(res, filters, dashboard);
    } catch (error) {
      // Headers are gone: cut the download short rather than end a truncated file as if complete.
      this.logger.warn(`analytics export failed half-way: ${String(error)}`);
      res.destroy();
    }
  }
}

/** The JSON routes' filters, validated by the same contract schema and reported the same way. */
function parseFilters(query: Record<string, unknown>): AnalyticsFilters {
  const parsed = RpcCatalog['analytics.dashboard'].request.safeParse(query);
  if (parsed.success) return parsed.data;
  throw new DomainError(
    'validation_failed',
    'the request is invalid',
    parsed.error.issues.map((issue) => ({
      field:
        issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(request)'),
      message: issue.message,
    })),
  );
}
