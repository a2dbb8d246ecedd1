import { randomUUID } from 'node:crypto';
import {
  HEADERS,
  RpcCatalog,
  isRpcErrorBody,
  type Principal,
  type RpcErrorBody,
  type RpcRequest,
  type RpcResponse,
  type RpcSubject,
} from '@certhub/contracts';
import { JSONCodec, headers as natsHeaders, type NatsConnection } from 'nats';
import { connectNats, type NatsUser } from './nats';
import { runtimeEnv } from './runtime';

/** A service's error answer (code, message, details), thrown by RpcTestClient.call. */
export class RpcCallError extends Error implements RpcErrorBody {
  readonly code: RpcErrorBody['code'];
  readonly details?: unknown;
  /** Set on an internal error: the id under which the service logged it. */
  readonly errorId?: string;

  constructor(
    readonly subject: string,
    body: RpcErrorBody,
  ) {
    super(body.message);
    this.name = 'RpcCallError';
    this.code = body.code;
    if (body.details !== undefined) this.details = body.details;
    if (body.errorId !== undefined) this.errorId = body.errorId;
  }
}

export interface RpcCallOptions {
  correlationId?: string;
  idempotencyKey?: string;
  timeoutMs?: number;
}

const codec = JSONCodec();

/**
 * Request/reply to a service over NATS as the gateway sends it: Nest's framing, the principal (none
 * when not given) and correlation id in headers, subjects and payloads typed by the contract catalogue, the answer
 * checked against its response schema. Tests and benches call services through it instead of
 * importing their internals. It connects as the `gateway` NATS user by default, the one user
 * allowed to call every service.
 */
export class RpcTestClient {
  private constructor(
    readonly nc: NatsConnection,
    private readonly defaultTimeoutMs: number,
  ) {}

  static async connect(
    url: string = runtimeEnv().NATS_URL,
    { user = 'gateway', timeoutMs = 30_000 }: { user?: NatsUser; timeoutMs?: number } = {},
  ): Promise<RpcTestClient> {
    return new RpcTestClient(await connectNats(url, user), timeoutMs);
  }

  async call<K extends RpcSubject>(
    subject: K,
    payload: RpcRequest<K>,
    principal?: Principal,
    options: RpcCallOptions = {},
  ): Promise<RpcResponse<K>> {
    const body = await this.send(subject, payload, principal, options);
    if (body.err !== undefined && body.err !== null) {
      if (isRpcErrorBody(body.err)) throw new RpcCallError(subject, body.err);
      throw new Error(`${subject} failed: ${JSON.stringify(body.err)}`);
    }
    return RpcCatalog[subject].response.parse(body.response) as RpcResponse<K>;
  }

  /** The error a call answers (fails the test when it succeeds instead). */
  async failure<K extends RpcSubject>(
    subject: K,
    payload: RpcRequest<K>,
    principal?: Principal,
    options: RpcCallOptions = {},
  ): Promise<RpcCallError> {
    try {
      await this.call(subject, payload, principal, options);
    } catch (error) {
      if (error instanceof RpcCallError) return error;
      throw error;
    }
    throw new Error(`${subject} succeeded where a failure was expected`);
  }

  /**
   * Any payload on any subject, without typing or response parsing: for what a well-typed caller
   * cannot send (a malformed payload, a forged principal).
   */
  async send(
    subject: string,
    payload: unknown,
    principal?: Principal,
    { correlationId = randomUUID(), idempotencyKey, timeoutMs = this.defaultTimeoutMs }: RpcCallOptions = {},
  ): Promise<{ err?: unknown; response?: unknown }> {
    const h = natsHeaders();
    h.set(HEADERS.correlationId, correlationId);
    if (principal) h.set(HEADERS.principal, JSON.stringify(principal));
    if (idempotencyKey) h.set(HEADERS.idempotencyKey, idempotencyKey);
    const reply = await this.nc.request(
      subject,
      codec.encode({ pattern: subject, data: payload, id: randomUUID() }),
      { headers: h, timeout: timeoutMs },
    );
    return codec.decode(reply.data) as { err?: unknown; response?: unknown };
  }

  async close(): Promise<void> {
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => undefined);
  }
}
