import { Controller, Get, Headers, Logger, Query, Res } from '@nestjs/common';
import { InternalTokens, parseRequest, sendExport } from '@certhub/platform';
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
  export(
    @Query() query: Record<string, unknown>,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    return sendExport({ res, logger: this.logger, tokens: this.tokens, authorization }, async (principal) => {
      const filters = parseRequest('complaints.statistics', query);
      const register = await this.statistics.register(principal, filters);
      const day = new Date().toISOString().slice(0, 10);
      return {
        fileName: `certhub-complaints-register-${day}.xlsx`,
        write: (out) => writeRegisterWorkbook(out, register, filters),
      };
    });
  }
}
