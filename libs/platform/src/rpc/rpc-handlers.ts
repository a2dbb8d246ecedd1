import { Controller, type Type } from '@nestjs/common';
import { PARAMTYPES_METADATA } from '@nestjs/common/constants';
import { MessagePattern } from '@nestjs/microservices';
import {
  rpcAccess,
  type Principal,
  type RpcAccess,
  type RpcPayload,
  type RpcResponse,
  type RpcSubject,
} from '@certhub/contracts';
import { RequestContext } from '../context/request-context';
import { DomainError } from '../errors/domain-error';

/** What a bound method is called with, from the catalogue's access for the subject. */
export type RpcHandlerArgs<K extends RpcSubject> =
  RpcAccess<K> extends 'principal'
    ? [principal: Principal, payload: RpcPayload<K>]
    : RpcAccess<K> extends 'optional'
      ? [principal: Principal | undefined, payload: RpcPayload<K>]
      : [payload: RpcPayload<K>];

/**
 * A use case's entry point for one subject, typed from the catalogue so that the subject is written
 * once: `readonly execute: RpcHandler<'dossier.dossiers.get'> = async (principal, request) => …`.
 * (A method cannot take its parameter types from a declared type; a property can.)
 */
export type RpcHandler<K extends RpcSubject> = (...args: RpcHandlerArgs<K>) => Promise<RpcResponse<K>>;

/**
 * `[R]` when a method can be called with these arguments (it may take fewer), else never. The
 * parameters are re-wrapped in a plain function type so that they are checked contravariantly:
 * class methods are compared bivariantly, which would let a wrong payload type through.
 */
type CallableWith<F, A extends unknown[]> = F extends (...args: infer P) => infer R
  ? ((...args: P) => void) extends (...args: A) => void
    ? [R]
    : never
  : never;

/** The methods of a use case that take the subject's arguments and answer its response. */
export type RpcMethodOf<T, K extends RpcSubject> = {
  [M in keyof T & string]: CallableWith<T[M], RpcHandlerArgs<K>> extends [infer R]
    ? Awaited<R> extends RpcResponse<K>
      ? M
      : never
    : never;
}[keyof T & string];

export interface RpcBinding {
  readonly subject: RpcSubject;
  readonly useCase: Type<unknown>;
  readonly method: string;
}

/**
 * Binds a subject of the catalogue to a use case's method (`execute` unless named), checked at
 * compile time against the subject's payload and response: a type error here means the method
 * does not take `(principal, payload)` — `(payload)` for a public or shared operation — or does not
 * answer the response. The principal is the caller restored from the message headers; a subject
 * that needs one refuses a message without it before the use case runs.
 */
export function handle<K extends RpcSubject, T>(
  subject: K,
  useCase: Type<T>,
  ...method: 'execute' extends RpcMethodOf<T, K> ? [method?: RpcMethodOf<T, K>] : [method: RpcMethodOf<T, K>]
): RpcBinding {
  return { subject, useCase, method: method[0] ?? 'execute' };
}

/** The caller restored from the NATS headers, for a subject that needs one. */
function requirePrincipal(): Principal {
  const principal = RequestContext.principal();
  if (!principal) throw new DomainError('unauthenticated', 'this request needs a signed-in user');
  return principal;
}

/**
 * A Nest controller answering these subjects over NATS, registered in a feature module's
 * `controllers` like any other. Its constructor takes the bound use cases (Nest injects them
 * from the module's providers); RpcContextInterceptor still validates each payload, restores the
 * request context, replays idempotent commands and maps errors before and around every call.
 */
export function rpcHandlers(...bindings: RpcBinding[]): Type<unknown> {
  // Named after the subjects' common prefix, for Nest's logs and errors.
  const name = `RpcHandlers(${commonPrefix(bindings.map((binding) => binding.subject))})`;
  const useCases = [...new Set(bindings.map((binding) => binding.useCase))];
  const seen = new Set<string>();

  class Handlers {
    readonly instances: unknown[];
    constructor(...instances: unknown[]) {
      this.instances = instances;
    }
  }
  Object.defineProperty(Handlers, 'name', { value: name });
  Reflect.defineMetadata(PARAMTYPES_METADATA, useCases, Handlers);

  for (const { subject, useCase, method } of bindings) {
    if (seen.has(subject)) throw new Error(`${name}: ${subject} is bound twice`);
    seen.add(subject);
    const index = useCases.indexOf(useCase);
    const access = rpcAccess(subject);
    const handler = async function (this: Handlers, payload: unknown): Promise<unknown> {
      const target = this.instances[index] as Record<string, (...args: unknown[]) => unknown>;
      if (access === 'public') return target[method]!(payload);
      if (access === 'optional') return target[method]!(RequestContext.principal(), payload);
      const principal = requirePrincipal();
      return access === 'shared' ? target[method]!(payload) : target[method]!(principal, payload);
    };
    Object.defineProperty(Handlers.prototype, subject, {
      value: handler,
      writable: true,
      configurable: true,
    });
    const descriptor = Object.getOwnPropertyDescriptor(Handlers.prototype, subject) as PropertyDescriptor;
    MessagePattern(subject)(Handlers.prototype, subject, descriptor);
  }
  Controller()(Handlers);
  return Handlers;
}

function commonPrefix(subjects: string[]): string {
  const [first = [], ...rest] = subjects.map((subject) => subject.split('.'));
  let length = first.length;
  for (const parts of rest)
    while (length > 0 && parts.slice(0, length).join('.') !== first.slice(0, length).join('.')) length -= 1;
  return first.slice(0, length).join('.') || subjects.join(', ');
}
