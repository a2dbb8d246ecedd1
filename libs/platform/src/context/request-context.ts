import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@certhub/contracts';

export interface RequestContextData {
  correlationId: string;
  principal?: Principal;
  /** The client's Idempotency-Key of the command in progress, passed on with its RPC calls. */
  idempotencyKey?: string;
}

const storage = new AsyncLocalStorage<RequestContextData>();

/**
 * The correlation id and principal of the work in progress, whether it came in over HTTP, NATS
 * request/reply or JetStream. Logs and outgoing messages read it from here.
 */
export const RequestContext = {
  run<T>(data: Partial<RequestContextData>, fn: () => T): T {
    return storage.run(
      {
        correlationId: data.correlationId || randomUUID(),
        principal: data.principal,
        ...(data.idempotencyKey ? { idempotencyKey: data.idempotencyKey } : {}),
      },
      fn,
    );
  },
  /** The gateway sets the principal once the token is verified, for the rest of the request. */
  setPrincipal(principal: Principal): void {
    const store = storage.getStore();
    if (!store) throw new Error('no request context is open');
    store.principal = principal;
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  correlationId(): string | undefined {
    return storage.getStore()?.correlationId;
  },
  principal(): Principal | undefined {
    return storage.getStore()?.principal;
  },
};
