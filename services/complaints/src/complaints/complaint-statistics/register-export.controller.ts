import { Controller, Get, Req, Res } from '@nestjs/common';
import { InternalExportController, InternalTokens, parseRequest } from '@certhub/platform';
import type { Request, Response } from 'express';
import { ComplaintStatistics } from './complaint-statistics.usecase';
import { writeRegisterWorkbook } from './register-workbook';

/**
 * The register as an Excel workbook, for the same caller and filters as its figures; files never
 * travel over NATS, so the gateway streams this internal route.
 */
@Controller('internal/complaints')
export class RegisterExportController extends InternalExportController {
  constructor(
    tokens: InternalTokens,
    private readonly statistics: ComplaintStatistics,
  ) {
    super(tokens);
  }

  @Get('register.xlsx')
  export(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, async (principal, query) => {
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
