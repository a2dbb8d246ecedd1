import { Controller, Get, Req, Res } from '@nestjs/common';
import {
  ANALYTICS_READER_ROLES,
  CANDIDACY_FOLLOWERS,
  CANDIDACY_STATS_ROLES,
  type Principal,
} from '@certhub/contracts';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { InternalProxy, clientQuery } from '../http/internal-proxy';
import { WORKBOOK } from '../http/media-types';
import { DescribeRoute } from '../http/route-doc';

/** The analytics service holds the same rule and applies the tenant scope. */
const READERS = [...ANALYTICS_READER_ROLES];

@Controller('api/v1/analytics')
export class AnalyticsController {
  constructor(private readonly internal: InternalProxy) {}

  /**
   * Every analytics report (the catalogue's JSON routes) as one Excel workbook ("Télécharger
   * l'ensemble des statistiques", docs/domain/statistics.md#excel-export) for the same filters,
   * rendered by the analytics service next to its read models and streamed from its internal route
   * (files never travel over NATS).
   */
  @Get('export')
  @Roles(...READERS)
  @DescribeRoute({
    operationId: 'analytics.export.download',
    summary: 'Every analytics report as one Excel workbook, for the same filters as the JSON reports',
    tag: 'analytics',
    parameters: [
      { name: 'cbId', in: 'query', description: 'One certification body (platform staff)' },
      { name: 'schemeId', in: 'query', description: 'One scheme' },
      { name: 'from', in: 'query', description: 'First day of the period (YYYY-MM-DD, UTC)' },
      { name: 'to', in: 'query', description: 'Last day of the period (YYYY-MM-DD, UTC)' },
      {
        name: 'report',
        in: 'query',
        description:
          'One report alone beside the dashboard sheet: dossiers-by-status, lead-times, findings-by-requirement, overdue-findings or audits-per-month',
      },
    ],
    ok: WORKBOOK,
  })
  export(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    const path = `/internal/analytics/export.xlsx${clientQuery(req)}`;
    return this.internal.download('analytics', path, req, res, principal);
  }
}

const PERIMETER_PARAMETERS = [
  { name: 'establishmentId', in: 'query', description: 'One establishment of your perimeter' },
  { name: 'trainingOrganisationId', in: 'query', description: 'One training organisation of your perimeter' },
  { name: 'networkId', in: 'query', description: 'One network (certifier and platform staff)' },
] as const;

/**
 * The individuals' line's Excel exports ("Télécharger l'ensemble des statistiques", "Export des
 * dossiers abandonnés sur 30 jours"), rendered by the analytics service next to its candidacy read
 * model (docs/domain/individuals-certification.md#statistics), which applies the perimeter again.
 */
@Controller('api/v1/candidacy-stats')
export class CandidacyStatsController {
  constructor(private readonly internal: InternalProxy) {}

  @Get('export')
  @Roles(...CANDIDACY_STATS_ROLES)
  @DescribeRoute({
    operationId: 'analytics.candidacy-stats.download',
    summary: 'The general figures and one row per candidacy of your perimeter, as an Excel workbook',
    tag: 'candidacy statistics',
    parameters: [...PERIMETER_PARAMETERS],
    ok: WORKBOOK,
  })
  export(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    const path = `/internal/analytics/candidacy-stats.xlsx${clientQuery(req)}`;
    return this.internal.download('analytics', path, req, res, principal);
  }

  @Get('abandoned/export')
  @Roles(...CANDIDACY_FOLLOWERS)
  @DescribeRoute({
    operationId: 'analytics.candidacy-abandoned.download',
    summary: 'The candidacies abandoned in the last days (30 by default), as an Excel workbook',
    tag: 'candidacy statistics',
    parameters: [
      ...PERIMETER_PARAMETERS,
      { name: 'days', in: 'query', description: 'How many days back (1–366, default 30)' },
    ],
    ok: WORKBOOK,
  })
  exportAbandoned(
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const path = `/internal/analytics/candidacy-abandoned.xlsx${clientQuery(req)}`;
    return this.internal.download('analytics', path, req, res, principal);
  }
}
