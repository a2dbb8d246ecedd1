import {
  HttpCode,
  RequestMethod,
  SetMetadata,
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
} from '@nestjs/common';
import { RpcCatalog, type Role, type RpcSubject } from '@certhub/contracts';
import { DomainError, Public } from '@certhub/platform';
import type { Request } from 'express';
import type { z } from 'zod';
import { Roles } from '../auth/auth.decorators';

export const ENDPOINT = 'certhub:endpoint';

/**
 * One declaration per route: the NATS subject it forwards to (whose request schema validates the
 * input and documents it), who may call it, and its summary. OpenAPI is generated from these.
 */
export interface EndpointSpec {
  rpc: RpcSubject;
  summary: string;
  tag: string;
  status?: number;
  public?: boolean;
  roles?: Role[];
  /**
   * Reference data every tenant may read by design (e.g. the list of certification bodies). The
   * isolation probe does not count it as one tenant's data.
   */
  shared?: boolean;
}

export function Endpoint(spec: EndpointSpec): MethodDecorator {
  return applyDecorators(
    SetMetadata(ENDPOINT, spec),
    HttpCode(spec.status ?? 200),
    ...(spec.public ? [Public()] : []),
    ...(spec.roles?.length ? [Roles(...spec.roles)] : []),
  );
}

export type EndpointInput<K extends RpcSubject> = z.input<(typeof RpcCatalog)[K]['request']>;

/**
 * The request's path parameters, query and body merged and validated against the endpoint's RPC
 * request schema (strict: unknown fields are refused). Errors list every field with its reason.
 * The raw input is forwarded once valid: the service parses it again at its own edge.
 */
export const Input = createParamDecorator((_: unknown, ctx: ExecutionContext): unknown => {
  const spec = Reflect.getMetadata(ENDPOINT, ctx.getHandler()) as EndpointSpec | undefined;
  if (!spec) throw new Error('@Input() needs @Endpoint() on the same handler');
  const req = ctx.switchToHttp().getRequest<Request>();
  const body = req.body === undefined || req.body === null ? {} : req.body;
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new DomainError('validation_failed', 'the request body must be a JSON object');
  }
  const input = { ...req.query, ...body, ...req.params };
  const parsed = RpcCatalog[spec.rpc].request.safeParse(input);
  if (!parsed.success) {
    throw new DomainError(
      'validation_failed',
      'the request is invalid',
      parsed.error.issues.map((issue) => ({
        field:
          issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(request)'),
        message: issue.message,
      })),
    );
  }
  return input;
});

export const BODY_METHODS = new Set<RequestMethod>([
  RequestMethod.POST,
  RequestMethod.PUT,
  RequestMethod.PATCH,
]);
