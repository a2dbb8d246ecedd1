import type { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import { storeFailure } from '../mongo/store-errors';
import { DomainError } from '../errors/domain-error';

/** What the exports render to (the gateway streams them with this type). */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Answers a failed internal route the way a NATS handler would: the RPC error body with its
 * status, which the gateway turns into problem+json (the store being unreachable is a 503 like
 * everywhere else); anything else is logged with an id and answered as a bare 500. Once bytes
 * have gone out, the response is cut short instead: the client sees a broken download, never a
 * complete-looking bad file.
 */
export function failInternalRoute(res: Response, cause: unknown, logger: Logger): void {
  if (res.headersSent) return void res.destroy();
  const error = storeFailure(cause);
  if (error instanceof DomainError) {
    if (error !== cause) logger.warn(`internal route: database unavailable: ${String(cause)}`);
    res.status(error.status).json(error.toBody());
    return;
  }
  const errorId = randomUUID();
  logger.error({ err: error, errorId }, 'internal route failed');
  res.status(500).json({ code: 'internal', message: 'internal error', errorId });
}

/** Runs an internal route's work; whatever it throws is answered by failInternalRoute. */
export async function internalRoute(res: Response, logger: Logger, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    failInternalRoute(res, error, logger);
  }
}

/**
 * After a refusal, the rest of a request's body is read and dropped, so that the client (still
 * sending) receives the answer instead of a reset; past `limit` bytes the connection is cut.
 */
export function drainRequest(req: Readable & { readableEnded: boolean }, limit = 64 * 1024 * 1024): void {
  if (req.readableEnded) return;
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > limit) req.destroy();
  });
  req.resume();
}

/**
 * Streams a rendered file (an export) as an attachment: `write` renders into the response.
 * Refusals must be raised before this is called, while the answer can still be problem+json.
 */
export async function sendRendered(
  res: Response,
  file: { contentType: string; fileName: string },
  write: (out: Writable) => Promise<void>,
  logger: Logger,
): Promise<void> {
  res.status(200);
  res.setHeader('content-type', file.contentType);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('content-disposition', attachment(file.fileName));
  try {
    await write(res);
  } catch (error) {
    logger.warn(`${file.fileName}: rendering failed half-way: ${String(error)}`);
    res.destroy();
  }
}

/** Content-Disposition of a download: an ASCII name, plus the UTF-8 one (RFC 6266) when they differ. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return ascii === fileName
    ? `attachment; filename="${fileName}"`
    : `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
