import type { Principal, RpcRequest, RpcResponse, RpcSubject } from '@certhub/contracts';
import mongoose, { type Connection } from 'mongoose';
import { EventTestClient } from './event-test-client';
import { RpcTestClient } from './rpc-test-client';
import { runtimeEnv } from './runtime';
import { TestStack } from './stack';

/** A service's own database on a stack (`<prefix>_<service>`, as the platform's mongoDbName names it). */
export function serviceDatabase(stack: TestStack, service: string): Promise<Connection> {
  // Spelled out here: testing cannot import platform, whose tests import testing.
  const dbName = `${stack.prefix}_${service}`.replace(/-/g, '_');
  return mongoose.createConnection(runtimeEnv().MONGO_URL, { dbName }).asPromise();
}

/** A started stack and the test's two clients on its NATS. */
export interface StackParts {
  stack: TestStack;
  rpc: RpcTestClient;
  bus: EventTestClient;
}

/**
 * What a service's test harness starts from: a TestStack (private NATS, own database prefix) and
 * the test's clients on it, typed RPC calls as the gateway makes them and events published as
 * another service's outbox relay would. Harnesses extend it with what their service's tests need.
 */
export class StackHarness {
  readonly stack: TestStack;
  protected readonly rpc: RpcTestClient;
  protected readonly bus: EventTestClient;

  protected constructor({ stack, rpc, bus }: StackParts) {
    this.stack = stack;
    this.rpc = rpc;
    this.bus = bus;
  }

  /** Starts the services and connects the clients; a stack whose clients cannot connect is stopped. */
  protected static async open(services: string[], env: Record<string, string> = {}): Promise<StackParts> {
    const stack = await TestStack.start(services, env);
    try {
      return await StackHarness.connect(stack);
    } catch (error) {
      await stack.stop();
      throw error;
    }
  }

  /** The clients on a stack started elsewhere (which stays its starter's to stop). */
  protected static async connect(stack: TestStack): Promise<StackParts> {
    const rpc = await RpcTestClient.connect(stack.nats.url);
    try {
      return { stack, rpc, bus: await EventTestClient.connect(stack.nats.url) };
    } catch (error) {
      await rpc.close();
      throw error;
    }
  }

  /** A request/reply call as the gateway makes it: the principal travels in a NATS header. */
  call<K extends RpcSubject>(
    subject: K,
    payload: RpcRequest<K>,
    principal?: Principal,
  ): Promise<RpcResponse<K>> {
    return this.rpc.call(subject, payload, principal);
  }

  /** What another process of a service needs to join this stack: its NATS and database prefix. */
  get serviceEnv(): { NATS_URL: string; MONGO_DB_PREFIX: string } {
    return { NATS_URL: this.stack.nats.url, MONGO_DB_PREFIX: this.stack.prefix };
  }

  /** A service's own database on this stack, read directly by assertions. */
  database(service: string): Promise<Connection> {
    return serviceDatabase(this.stack, service);
  }

  /** Stops what `open` started, for a harness whose own start fails after it. */
  protected static async close({ stack, rpc, bus }: StackParts): Promise<void> {
    await rpc.close();
    await bus.close();
    await stack.stop();
  }

  /** Closes the clients, leaving the stack running. */
  protected async disconnect(): Promise<void> {
    await this.rpc.close();
    await this.bus.close();
  }

  async stop(): Promise<void> {
    await StackHarness.close({ stack: this.stack, rpc: this.rpc, bus: this.bus });
  }
}
