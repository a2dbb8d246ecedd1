import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import { ERROR_CODES, HEADERS, problemType, type ErrorCode, type HttpMethod } from '@certhub/contracts';
import { DomainError, RequestContext } from '@certhub/platform';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { ApiRoutes } from '../http/api-routes';

const RETRY_AFTER_SECONDS = '5';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
  503: 'dependency_unavailable',
};

/** An RFC 9457 body for one of the stable error codes. */
export const problemBody = (code: ErrorCode, detail: string, extra: Record<string, unknown> = {}) => ({
  type: problemType(code),
  title: code.replace(/_/g, ' '),
  status: ERROR_CODES[code],
  detail,
  ...extra,
});

/** Writes an RFC 9457 body; `instance` is the path without its query (which may hold personal data). */
export function sendProblem(
  res: Response,
  code: ErrorCode,
  detail: string,
  url: string,
  extra: Record<string, unknown> = {},
): void {
  res
    .status(ERROR_CODES[code])
    .type('application/problem+json')
    .json(problemBody(code, detail, { instance: url.split('?')[0], ...extra }));
}

/**
 * Every error leaves the gateway as RFC 9457 problem+json with a stable `type`. Unexpected errors
 * answer a generic 500 whose `errorId` is logged with the stack; no stack ever reaches a client.
 */
interface Classified {
  code: ErrorCode;
  detail: string;
  extra?: Record<string, unknown>;
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  constructor(private readonly routes: ApiRoutes) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const { code, detail, extra } = this.unknownMethod(exception, req, res) ?? this.classify(exception);
    // A dependency is away: clients (and their retry policies) wait a little, then try again.
    if (code === 'dependency_unavailable') res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
    sendProblem(res, code, detail, req.originalUrl, {
      correlationId: RequestContext.correlationId() ?? this.lateCorrelationId(req, res),
      ...extra,
    });
  }

  /** Nest's 404 for a path that has routes, only for other methods: 405 with the methods it has. */
  private unknownMethod(exception: unknown, req: Request, res: Response): Classified | undefined {
    if (!(exception instanceof NotFoundException)) return undefined;
    const allowed = this.routes.allowedMethods(req.path);
    if (allowed.length === 0 || allowed.includes(req.method as HttpMethod)) return undefined;
    res.setHeader('Allow', allowed.join(', '));
    return {
      code: 'method_not_allowed',
      detail: `${req.method} is not a method of this path; it has ${allowed.join(', ')}`,
    };
  }

  /**
   * An error raised while Express matches the path (bad bytes in it) comes before the request's
   * context and before pino-http named the request: it gets its id here.
   */
  private lateCorrelationId(req: Request, res: Response): string {
    const named = (req as Request & { id?: unknown }).id;
    if (typeof named === 'string') return named;
    const id = randomUUID();
    res.setHeader(HEADERS.correlationId, id);
    this.logger.warn({ correlationId: id, url: req.originalUrl }, 'request refused before routing');
    return id;
  }

  private classify(exception: unknown): Classified {
    if (exception instanceof DomainError) {
      if (exception.code === 'internal') return this.internal(exception, exception.toBody().errorId);
      if (exception.code === 'dependency_unavailable')
        this.logger.warn({ err: exception.cause ?? exception }, exception.message);
      return {
        code: exception.code,
        detail: exception.message,
        ...(exception.details === undefined ? {} : { extra: { errors: exception.details } }),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = STATUS_CODES[status];
      if (code) {
        const body = exception.getResponse();
        const message =
          typeof body === 'object' && body && 'message' in body
            ? (body as { message: unknown }).message
            : body;
        return { code, detail: Array.isArray(message) ? message.join('; ') : String(message) };
      }
    }
    return this.internal(exception);
  }

  private internal(exception: unknown, knownId?: string) {
    const errorId = knownId ?? randomUUID();
    this.logger.error({ err: exception, errorId }, 'unhandled error');
    return { code: 'internal' as const, detail: 'An unexpected error occurred.', extra: { errorId } };
  }
}
