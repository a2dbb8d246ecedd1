import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
import {
  HEADERS,
  RpcCatalog,
  isRpcErrorBody,
  type Principal,
  type RpcRequest,
  type RpcResponse,
  type RpcSubject,
} from '@certhub/contracts';
import { firstValueFrom, timeout } from 'rxjs';
import { DomainError } from '../errors/domain-error';
import { NatsService } from '../nats/nats.service';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform.options';

const DEFAULT_TIMEOUT_MS = 10_000;

/** Typed request/reply over NATS, carrying correlation id and principal in headers. */
@Injectable()
export class RpcClient implements OnApplicationShutdown {
  private readonly logger = new Logger(RpcClient.name);
  private readonly defaultTimeoutMs: number;

  constructor(
    private readonly client: ClientNats,
    private readonly nats: NatsService,
    @Inject(PLATFORM_OPTIONS) options: PlatformOptions,
  ) {
    this.defaultTimeoutMs = options.rpcTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async call<K extends RpcSubject>(
    subject: K,
    payload: RpcRequest<K>,
    options: { principal?: Principal; timeoutMs?: number } = {},
  ): Promise<RpcResponse<K>> {
    const headers = this.nats.contextHeaders();
    if (options.principal) headers.set(HEADERS.principal, JSON.stringify(options.principal));
    const record = new NatsRecordBuilder(payload).setHeaders(headers).build();
    try {
      const reply = await firstValueFrom(
        this.client.send(subject, record).pipe(timeout(options.timeoutMs ?? this.defaultTimeoutMs)),
      );
      return RpcCatalog[subject].response.parse(reply) as RpcResponse<K>;
    } catch (error) {
      if (isRpcErrorBody(error)) throw DomainError.fromBody(error);
      // Subjects and addresses are for the log, not for callers.
      const service = subject.split('.')[0];
      this.logger.warn(`${service} did not answer ${subject}: ${describe(error)}`);
      throw new DomainError(
        'dependency_unavailable',
        `the ${service} service is unavailable: try again in a moment`,
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'TimeoutError' ? 'timed out' : error.message;
  return String(error);
}
