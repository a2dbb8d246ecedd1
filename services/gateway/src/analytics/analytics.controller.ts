import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ANALYTICS_READER_ROLES, type Principal } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { parseRequest } from '../http/request-input';
import { AnalyticsWorkbook, type AnalyticsFilters } from './analytics-workbook';

/** The analytics service holds the same rule and applies the tenant scope. */
const READERS = [...ANALYTICS_READER_ROLES];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Controller('api/v1/analytics')
export class AnalyticsController {
  private readonly logger = new Logger(AnalyticsController.name);

  constructor(private readonly rpc: RpcClient) {}

  /**
   * Every analytics report (the catalogue's JSON routes) as one Excel workbook ("Télécharger
   * l'ensemble des statistiques", docs/domain/statistics.md#excel-export), for the same filters.
   * Built here from the reports' pages rather than in analytics: files never travel over NATS, and
   * the pages keep each reply small. Not in the catalogue: the OpenAPI document describes JSON
   * answers only.
   */
  @Get('export')
  @Roles(...READERS)
  async export(
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    // The JSON routes' filters, validated by the same contract schema and refused the same way.
    const filters: AnalyticsFilters = parseRequest('analytics.dashboard', query);
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
