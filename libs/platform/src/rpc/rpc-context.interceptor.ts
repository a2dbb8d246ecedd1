import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor, Optional } from '@nestjs/common';
import { RpcException, type NatsContext } from '@nestjs/microservices';
import {
  HEADERS,
  PrincipalSchema,
  RpcCatalog,
  errorDetails,
  type Principal,
  type RpcErrorBody,
} from '@certhub/contracts';
import { randomUUID } from 'node:crypto';
import { Observable, catchError, defer, lastValueFrom, tap, throwError } from 'rxjs';
import { ZodError } from 'zod';
import { RequestContext } from '../context/request-context';
import { DomainError } from '../errors/domain-error';
import { isStoreUnavailable } from '../mongo/store-errors';
import { IdempotencyStore } from './idempotency-store';
import { Metrics } from '../metrics/metrics';

/**
 * The receiving edge of every NATS request: restores correlation id and principal from headers,
 * validates the payload against libs/contracts, times the handler and turns any failure into an
 * RpcErrorBody (domain errors keep their code; anything else becomes `internal` with a logged id).
 */
@Injectable()
export class RpcContextInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Rpc');

  constructor(
    private readonly metrics: Metrics,
    @Optional() private readonly idempotency?: IdempotencyStore,
  ) {}

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
          const key = headers?.get(HEADERS.idempotencyKey);
          const principal = RequestContext.principal();
          const handled =
            key && this.idempotency
              ? defer(() =>
                  this.idempotent(subject, principal, key, context.getArgs()[0], () =>
                    lastValueFrom(next.handle()),
                  ),
                )
              : next.handle();
          handled
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

  /**
   * A command sent with an Idempotency-Key: the first one runs and its answer (or refusal) is kept;
   * a repeat with the same payload gets that answer, one with another payload is refused, and one
   * arriving while the first still runs is told to retry. An unexpected failure frees the key.
   */
  private async idempotent(
    subject: string,
    principal: Principal | undefined,
    key: string,
    payload: unknown,
    run: () => Promise<unknown>,
  ): Promise<unknown> {
    const store = this.idempotency as IdempotencyStore;
    if (!/^[\x21-\x7e]{1,255}$/.test(key))
      throw DomainError.invalid(
        [{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }],
        'Idempotency-Key must be 1 to 255 visible ASCII characters',
      );
    const id = IdempotencyStore.keyOf(subject, principal, key);
    const start = await store.start(id, IdempotencyStore.hashOf(payload));
    switch (start.kind) {
      case 'other_request':
        throw new DomainError(
          'validation_failed',
          'this Idempotency-Key was already used for another request',
        );
      case 'running':
        throw DomainError.conflict(
          'a request with this Idempotency-Key is still being processed: retry later',
        );
      case 'replay':
        if (start.error) throw DomainError.fromBody(start.error);
        return start.response;
    }
    try {
      const response = await run();
      await store.finish(id, { response });
      return response;
    } catch (error) {
      // A refusal is the answer to keep; a failure of ours (5xx) is not: a retry runs again.
      if (error instanceof DomainError && error.status < 500)
        await store.finish(id, { error: error.toBody() });
      else await store.release(id).catch(() => undefined);
      throw error;
    }
  }

  private toBody(error: unknown, subject: string): RpcErrorBody {
    if (error instanceof DomainError) return error.toBody();
    if (error instanceof ZodError) {
      return DomainError.invalid(errorDetails(error.issues)).toBody();
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
