import { Controller, Get, Req, Res } from '@nestjs/common';
import { CANDIDACY_STATS_ROLES } from '@certhub/contracts';
import { InternalExportController, InternalTokens, parseRequest } from '@certhub/platform';
import type { Request, Response } from 'express';
import { candidacyScope } from './candidacy-scope';
import { CandidacyStateRepository } from './candidacy-state.repository';
import { writeAbandonedWorkbook, writeStatsWorkbook } from './candidacy-workbook';
import { GetCandidacyStats } from './get-candidacy-stats/get-candidacy-stats.usecase';
import { ListAbandonedCandidacies } from './list-abandoned-candidacies/list-abandoned-candidacies.usecase';

/**
 * The Stats tab's Excel exports, rendered next to the read model and streamed by the gateway
 * (files never travel over NATS); the same use cases as the JSON routes, for the same caller.
 * The figures come first in each: a refusal is still an error body, not a broken file.
 */
@Controller('internal/analytics')
export class CandidacyExportController extends InternalExportController {
  constructor(
    tokens: InternalTokens,
    private readonly stats: GetCandidacyStats,
    private readonly abandoned: ListAbandonedCandidacies,
    private readonly candidacies: CandidacyStateRepository,
  ) {
    super(tokens);
  }

  @Get('candidacy-stats.xlsx')
  statsWorkbook(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, async (principal, query) => {
      const filter = parseRequest('analytics.candidacy-stats', query);
      const stats = await this.stats.execute(principal, filter);
      const rows = this.candidacies.all(candidacyScope(principal, CANDIDACY_STATS_ROLES), filter);
      return {
        fileName: `certhub-candidacies-${stats.asOf.slice(0, 10)}.xlsx`,
        write: (out) => writeStatsWorkbook(out, stats, rows),
      };
    });
  }

  @Get('candidacy-abandoned.xlsx')
  abandonedWorkbook(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, async (principal, query) => {
      const request = parseRequest('analytics.candidacy-abandoned', { ...query, page: 1, pageSize: 100 });
      const first = await this.abandoned.execute(principal, request);
      const abandoned = this.abandoned;
      async function* rows() {
        yield* first.items;
        for (let page = 2; (page - 1) * request.pageSize < first.total; page++)
          yield* (await abandoned.execute(principal, { ...request, page })).items;
      }
      return {
        fileName: `certhub-abandoned-${request.days}-days.xlsx`,
        write: (out) => writeAbandonedWorkbook(out, request.days, rows()),
      };
    });
  }
}
