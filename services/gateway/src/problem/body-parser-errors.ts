import { problemType } from '@certhub/contracts';
import type { NextFunction, Request, Response } from 'express';

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
  const code =
    status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'bad_request';
  res
    .status(status)
    .type('application/problem+json')
    .json({
      type: problemType(code),
      title: code.replace(/_/g, ' '),
      status,
      detail: status === 413 ? 'the request body is too large' : 'the request body could not be read as JSON',
      instance: req.originalUrl.split('?')[0],
    });
}
