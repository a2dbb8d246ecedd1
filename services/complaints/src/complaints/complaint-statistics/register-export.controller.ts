import { Controller, Get, Headers, Logger, Query, Res } from '@nestjs/common';
import { InternalTokens, internalRoute, parseRequest, sendRendered, XLSX } from '@certhub/platform';
import type { Response } from 'express';
import { ComplaintStatistics } from './complaint-statistics.usecase';
import { writeRegisterWorkbook } from './register-workbook';

/**
 * The register as an Excel workbook, for the same caller and filters as its figures; files never
 * travel over NATS, so the gateway streams this internal route.
 */
@Controller('internal/complaints')
export class RegisterExportController {
  private readonly logger = new Logger(RegisterExportController.name);

  constructor(
    private readonly tokens: InternalTokens,
    private readonly statistics: ComplaintStatistics,
  ) {}

  @Get('register.xlsx')
  async export(
    @Query() query: Record<string, unknown>,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await internalRoute(res, this.logger, async () => {
      const principal = await this.tokens.user(authorization);
      const filters = parseRequest('complaints.statistics', query);
      // Read first: a refusal is still an error body, not a broken file.
      const register = await this.statistics.register(principal, filters);
      const day = new Date().toISOString().slice(0, 10);
      await sendRendered(
        res,
        { contentType: XLSX, fileName: `certhub-complaints-register-${day}.xlsx` },
        (out) => writeRegisterWorkbook(out, register, filters),
        this.logger,
      );
    });
  }
}
