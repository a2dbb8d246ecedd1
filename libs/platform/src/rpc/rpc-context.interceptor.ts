import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { RpcException, type NatsContext } from '@nestjs/microservices';
import { HEADERS, PrincipalSchema, RpcCatalog, type Principal, type RpcErrorBody } from '@certhub/contracts';
import { randomUUID } from 'node:crypto';
import { Observable, catchError, tap, throwError } from 'rxjs';
import { ZodError } from 'zod';
import { RequestContext } from '../context/request-context';
import { DomainError } from '../errors/domain-error';
import { isStoreUnavailable } from '../mongo/store-errors';
import { Metrics } from '../metrics/metrics';

/**
 * The receiving edge of every NATS request: restores correlation id and principal from headers,
 * validates the payload against libs/contracts, times the handler and turns any failure into an
 * RpcErrorBody (domain errors keep their code; anything else becomes `internal` with a logged id).
 */
@Injectable()
export class RpcContextInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Rpc');

  constructor(private readonly metrics: Metrics) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const nats = context.switchToRpc().getContext<NatsContext>();
    const subject = nats.getSubject();
    const headers = nats.getHeaders();
    const correlationId = headers?.get(HEADERS.correlationId) || randomUUID();
    const started = process.hrtime.bigint();
    const observe = (outcome: string) =>
      this.metrics.natsDuration.observe(
        { subject, outcome },
        Number(process.hrtime.bigint() - started) / 1e9,
      );

    return new Observable((subscriber) =>
      RequestContext.run(
        { correlationId, principal: parsePrincipal(headers?.get(HEADERS.principal)) },
        () => {
          try {
            const schema = (RpcCatalog as Record<string, { request: { parse: (v: unknown) => unknown } }>)[
              subject
            ];
            if (schema) context.getArgs()[0] = schema.request.parse(context.getArgs()[0]);
          } catch (error) {
            observe('invalid');
            subscriber.error(new RpcException(this.toBody(error, subject)));
            return;
          }
          next
            .handle()
            .pipe(
              tap(() => observe('ok')),
              catchError((error: unknown) => {
                observe(error instanceof DomainError ? 'rejected' : 'error');
                return throwError(() => new RpcException(this.toBody(error, subject)));
              }),
            )
            .subscribe(subscriber);
        },
      ),
    );
  }

  private toBody(error: unknown, subject: string): RpcErrorBody {
    if (error instanceof DomainError) return error.toBody();
    if (error instanceof ZodError) {
      return {
        code: 'validation_failed',
        message: 'request payload is invalid',
        details: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      };
    }
    if (isStoreUnavailable(error)) {
      this.logger.warn({ err: error, subject }, `database unavailable in ${subject}`);
      return {
        code: 'dependency_unavailable',
        message: 'the database is unavailable: try again in a moment',
      };
    }
    const errorId = randomUUID();
    this.logger.error({ err: error, errorId, subject }, `unhandled error in ${subject}`);
    return { code: 'internal', message: 'internal error', errorId };
  }
}

function parsePrincipal(raw: string | undefined): Principal | undefined {
  if (!raw) return undefined;
  try {
    const parsed = PrincipalSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
