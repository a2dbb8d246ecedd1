import { Controller, Get, Req, Res } from '@nestjs/common';
import { DomainError, InternalExportController, InternalTokens, parseRequest } from '@certhub/platform';
import type { Request, Response } from 'express';
import { GetDashboard } from '../dashboard/get-dashboard/get-dashboard.usecase';
import { CountDossiersByStatus } from '../dossiers/count-dossiers-by-status/count-dossiers-by-status.usecase';
import { CountFindingsByRequirement } from '../findings/count-findings-by-requirement/count-findings-by-requirement.usecase';
import { ListOverdueFindings } from '../findings/list-overdue-findings/list-overdue-findings.usecase';
import { ComputeLeadTimes } from '../lead-times/compute-lead-times/compute-lead-times.usecase';
import { CountAuditsPerMonth } from '../dossiers/count-audits-per-month/count-audits-per-month.usecase';
import { AnalyticsWorkbook, REPORTS, type ReportName } from './analytics-workbook';

/**
 * Every report as one Excel workbook ("Télécharger l'ensemble des statistiques",
 * docs/domain/statistics.md#excel-export) for the JSON routes' filters, rendered here next to the
 * read models; files never travel over NATS, so the gateway streams this internal route.
 */
@Controller('internal/analytics')
export class ExportController extends InternalExportController {
  constructor(
    tokens: InternalTokens,
    private readonly dashboard: GetDashboard,
    private readonly byStatus: CountDossiersByStatus,
    private readonly leadTimes: ComputeLeadTimes,
    private readonly byRequirement: CountFindingsByRequirement,
    private readonly overdue: ListOverdueFindings,
    private readonly auditsPerMonth: CountAuditsPerMonth,
  ) {
    super(tokens);
  }

  @Get('export.xlsx')
  export(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, async (principal, query) => {
      // `report` picks one sheet (a chart's export); the other parameters are the reports' filters.
      const { report, ...rest } = query;
      const only = REPORTS.find((r) => r === report);
      if (report !== undefined && !only)
        throw DomainError.invalid([{ field: 'report', message: `one of ${REPORTS.join(', ')}` }]);
      const filters = parseRequest('analytics.dashboard', rest);
      // The first sheet's figures come first: a refusal is still an error body, not a broken file.
      const dashboard = await this.dashboard.execute(principal, filters);
      const workbook = new AnalyticsWorkbook({
        'analytics.dossiers-by-status': (r) => this.byStatus.execute(principal, r),
        'analytics.lead-times': (r) => this.leadTimes.execute(principal, r),
        'analytics.findings-by-requirement': (r) => this.byRequirement.execute(principal, r),
        'analytics.overdue-findings': (r) => this.overdue.execute(principal, r),
        'analytics.audits-per-month': (r) => this.auditsPerMonth.execute(principal, r),
      });
      return {
        fileName: `certhub-analytics-${dashboard.asOf.slice(0, 10)}.xlsx`,
        write: (out) => workbook.write(out, filters, dashboard, only as ReportName | undefined),
      };
    });
  }
}
