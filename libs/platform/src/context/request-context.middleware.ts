import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { HEADERS } from '@certhub/contracts';
import { RequestContext } from './request-context';

/**
 * Opens the request's context with the correlation id pino-http assigned (taken from the header or
 * new) and, on a POST, the client's Idempotency-Key.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    const id = (req as Request & { id?: unknown }).id;
    const key = req.method === 'POST' ? req.get(HEADERS.idempotencyKey) : undefined;
    RequestContext.run({ correlationId: typeof id === 'string' ? id : undefined, idempotencyKey: key }, next);
  }
}
