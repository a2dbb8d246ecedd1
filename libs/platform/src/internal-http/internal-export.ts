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
 * Answers an internal export route (files never travel over NATS: the gateway streams these) for
 * the signed-in user of the gateway's signed token. `prepare` validates the query and reads what the
 * file holds before a byte is sent, so a refusal is still an error body, never a broken file.
 */
export function sendExport(
  route: { res: Response; logger: Logger; tokens: InternalTokens; authorization: string | undefined },
  prepare: (principal: Principal) => Promise<ExportFile>,
): Promise<void> {
  const { res, logger } = route;
  return internalRoute(res, logger, async () => {
    const file = await prepare(await route.tokens.user(route.authorization));
    await sendRendered(
      res,
      { contentType: file.contentType ?? XLSX, fileName: file.fileName },
      file.write,
      logger,
    );
  });
}

/**
 * A controller of internal export routes, each answered with `send` for the gateway's signed-in
 * user: the token check, the logger and the error-or-file answer of sendExport, written once.
 */
export abstract class InternalExportController {
  private readonly logger = new Logger(this.constructor.name);

  protected constructor(private readonly tokens: InternalTokens) {}

  /** `prepare` gets the signed-in user and the route's query parameters. */
  protected send(
    req: Request,
    res: Response,
    prepare: (principal: Principal, query: Record<string, unknown>) => Promise<ExportFile>,
  ): Promise<void> {
    const route = { res, logger: this.logger, tokens: this.tokens, authorization: req.headers.authorization };
    return sendExport(route, (principal) => prepare(principal, req.query));
  }
}
