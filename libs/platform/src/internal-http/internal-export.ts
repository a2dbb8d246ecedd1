import { Logger } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import type { Request, Response } from 'express';
import type { Writable } from 'node:stream';
import { internalRoute, sendRendered, XLSX } from './internal-route';
import type { InternalTokens } from './internal-token';

/** What an export sends: its name and how it renders (an Excel workbook unless it says otherwise). */
export interface ExportFile {
  fileName: string;
  write: (out: Writable) => Promise<void>;
  contentType?: string;
}

/**
 * A controller of internal export routes (files never travel over NATS: the gateway streams these),
 * each answered with `send` for the gateway's signed-in user: the token check, the logger and the
 * error-or-file answer, written once.
 */
export abstract class InternalExportController {
  private readonly logger = new Logger(this.constructor.name);

  protected constructor(private readonly tokens: InternalTokens) {}

  /**
   * `prepare` gets the signed-in user and the route's query parameters; it validates the query and
   * reads what the file holds before a byte is sent, so a refusal is still an error body, never a
   * broken file.
   */
  protected send(
    req: Request,
    res: Response,
    prepare: (principal: Principal, query: Record<string, unknown>) => Promise<ExportFile>,
  ): Promise<void> {
    return internalRoute(res, this.logger, async () => {
      const file = await prepare(await this.tokens.user(req.headers.authorization), req.query);
      await sendRendered(
        res,
        { contentType: file.contentType ?? XLSX, fileName: file.fileName },
        file.write,
        this.logger,
      );
    });
  }
}
