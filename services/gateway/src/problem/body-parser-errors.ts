import type { NextFunction, Request, Response } from 'express';
import { sendProblem } from './problem.filter';

/**
 * body-parser rejects oversized or malformed bodies before Nest routes the request, so Nest's
 * exception filters never see those errors: answer them here as problem+json too.
 */
export function problemForBodyParserErrors(
  error: unknown,
  req: Request,
  res: Response,
  next: NextFunction,
): void {
  const type = (error as { type?: string } | undefined)?.type;
  const status = (error as { status?: number } | undefined)?.status;
  if (!type || !status) return next(error);
  if (status === 413)
    return sendProblem(res, 'payload_too_large', 'the request body is too large', req.originalUrl);
  sendProblem(res, 'bad_request', 'the request body could not be read as JSON', req.originalUrl);
}
