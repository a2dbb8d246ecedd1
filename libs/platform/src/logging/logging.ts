import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HEADERS } from '@certhub/contracts';
import type { Params } from 'nestjs-pino';
import { RequestContext } from '../context/request-context';

/** Paths that probes and scrapers hit every few seconds: logging them drowns everything else. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** Secrets and personal data never reach the logs. */
export const LOG_REDACTIONS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-certhub-principal"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
  '*.clientSecret',
  '*.email',
  '*.phone',
  '*.birthDate',
];

export function loggerParams(service: string, level: string): Params {
  return {
    pinoHttp: {
      level,
      base: { service },
      redact: { paths: LOG_REDACTIONS, censor: '[redacted]' },
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const incoming = req.headers[HEADERS.correlationId];
        const id =
          (typeof incoming === 'string' && /^[\w.-]{1,128}$/.test(incoming) && incoming) || randomUUID();
        res.setHeader(HEADERS.correlationId, id);
        return id;
      },
      customProps: () => {
        const ctx = RequestContext.current();
        return ctx ? { correlationId: ctx.correlationId, userId: ctx.principal?.userId } : {};
      },
      mixin: () => {
        const id = RequestContext.correlationId();
        return id ? { correlationId: id } : {};
      },
      autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.has((req.url ?? '').split('?')[0] ?? '') },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
      },
    },
  };
}
