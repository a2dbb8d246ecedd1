import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BODY_METHODS, PROBLEM_TYPE_BASE, RpcCatalog, type HttpOperation } from '@certhub/contracts';
import { z } from 'zod';
import { ApiRoutes, type ApiRoute } from './api-routes';
import type { RouteContent, RouteDoc } from './route-doc';

type JsonSchema = Record<string, unknown>;

const ProblemSchema: JsonSchema = {
  type: 'object',
  description: `RFC 9457 problem details; \`type\` is one of ${PROBLEM_TYPE_BASE}<code>`,
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    correlationId: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
  required: ['type', 'title', 'status'],
};

/** Every POST takes one (IETF draft "The Idempotency-Key HTTP Header Field"). */
const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'A key of yours (e.g. a UUID) for this one command. Sent again with the same body within 24 h, it gets the first answer instead of running the command twice (safe retries after a timeout or a 503); with another body, 422; while the first one still runs, 409.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/**
 * OpenAPI 3.1 of every `/api` route as Nest registered it (ApiRoutes): catalogue routes from their
 * contract entry (paths, methods, roles and summaries from the HTTP route, parameters and bodies
 * from the zod schemas: JSON Schema 2020-12 is OpenAPI 3.1's dialect, so they are used as they
 * are), file and stream routes from their @DescribeRoute. Built once the routes exist, so a route
 * without a description stops the gateway at start instead of missing from the document.
 */
@Injectable()
export class OpenApiBuilder implements OnModuleInit {
  private document?: JsonSchema;

  constructor(private readonly routes: ApiRoutes) {}

  onModuleInit(): void {
    this.build();
  }

  build(): JsonSchema {
    if (this.document) return this.document;
    const paths: Record<string, Record<string, unknown>> = {};
    for (const route of this.routes.all()) {
      const described = route.operation ? catalogueOperation(route, route.operation) : fileOperation(route);
      paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: described };
    }
    this.document = {
      openapi: '3.1.0',
      info: {
        title: 'certhub API',
        version: '1.0.0',
        description:
          'Certification management shared by certification bodies. Lists take `page` (from 1), `pageSize` (≤ 100) and `sort` (`field` or `-field`) and answer `{ items, page, pageSize, total }`. Errors are `application/problem+json` with a `correlationId`; a method a path does not have answers 405 with `Allow`.',
      },
      servers: [{ url: '/' }],
      paths,
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        schemas: { Problem: ProblemSchema },
      },
    };
    return this.document;
  }
}

const problem = {
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/** What decides which errors a route can answer, read from its registration. */
interface ErrorTraits {
  route: ApiRoute;
  body: 'json' | 'bytes' | 'none';
  /** Validates a query or body (strict schemas: an unknown field is 422). */
  validated: boolean;
  /** Calls a service (which may be away: 503). */
  remote: boolean;
}

/**
 * Every error status the route can answer, derived from what it is: the gateway's own refusals
 * (token, roles, rate, header size, body reading) and those of the service behind it.
 */
function errorResponses({ route, body, validated, remote }: ErrorTraits): Record<string, unknown> {
  const hasPathParams = route.path.includes('{');
  const entries: [number, string, boolean][] = [
    [
      400,
      body === 'json'
        ? 'The body is not JSON, or not UTF-8; or the path holds bytes that are not UTF-8'
        : 'The request cannot be read (bytes in the path that are not UTF-8, an interrupted upload)',
      body !== 'none' || hasPathParams,
    ],
    [401, 'Missing or invalid token, or a deactivated account', !route.public || route.signedInOptional],
    [403, 'Not allowed', !route.public],
    [404, 'Not found (or not yours)', true],
    [
      409,
      'Conflict with the current state (a transition not allowed now, a stale version, a duplicate), or a request with this Idempotency-Key still in progress',
      route.method !== 'GET',
    ],
    [413, 'The body is too large', body !== 'none'],
    [
      415,
      body === 'json' ? 'The body is not application/json in UTF-8' : 'A media type this route does not take',
      body !== 'none',
    ],
    [
      422,
      'Invalid input, every field listed (or an Idempotency-Key already used for another request)',
      validated || route.method === 'POST',
    ],
    [429, 'Too many requests; see Retry-After', true],
    [431, 'The request headers are too large', true],
    [500, 'Unexpected error; its errorId is in the logs', true],
    [503, 'A service behind the gateway is unavailable; see Retry-After', remote],
  ];
  return Object.fromEntries(
    entries
      .filter(([, , applies]) => applies)
      .map(([status, description]) => [status, { description, ...problem }]),
  );
}

const security = (route: ApiRoute) => ({
  // A caller who may be signed in: no requirement, or the bearer token.
  ...(route.public
    ? { security: route.signedInOptional ? [{}, { bearer: [] }] : [] }
    : { security: [{ bearer: [] }] }),
  ...(route.roles.length ? { 'x-roles': route.roles } : {}),
});

function catalogueOperation(route: ApiRoute, op: HttpOperation): Record<string, unknown> {
  const contract = RpcCatalog[op.subject];
  const request = toSchema(contract.request, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const properties = request.properties ?? {};
  const required = new Set(request.required ?? []);
  const rest = Object.keys(properties).filter((name) => !pathParams.includes(name));
  const inBody = BODY_METHODS.has(op.method);
  const parameters = [
    ...pathParams.map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: properties[name] ?? { type: 'string' },
    })),
    ...(inBody
      ? []
      : rest.map((name) => ({
          name,
          in: 'query',
          required: required.has(name),
          schema: properties[name],
        }))),
    ...(op.method === 'POST' ? [IDEMPOTENCY_KEY] : []),
  ];
  return {
    operationId: op.subject,
    summary: op.summary,
    tags: [op.tag],
    ...security(route),
    ...(op.shared ? { 'x-tenant-shared': true } : {}),
    parameters,
    ...(inBody
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: Object.fromEntries(rest.map((name) => [name, properties[name]])),
                  required: rest.filter((name) => required.has(name)),
                  additionalProperties: false,
                },
              },
            },
          },
        }
      : {}),
    responses: {
      [String(op.status ?? 200)]: {
        description: 'OK',
        content: { 'application/json': { schema: toSchema(contract.response, 'output') } },
      },
      ...errorResponses({ route, body: inBody ? 'json' : 'none', validated: true, remote: true }),
    },
  };
}

const BINARY: JsonSchema = { type: 'string', contentMediaType: 'application/octet-stream' };

const content = (described: RouteContent) =>
  'json' in described
    ? { 'application/json': { schema: toSchema(described.json, 'output') } }
    : Object.fromEntries(described.bytes.map((type) => [type, { schema: BINARY }]));

function fileOperation(route: ApiRoute): Record<string, unknown> {
  const doc = route.doc as RouteDoc;
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  return {
    operationId: doc.operationId,
    summary: doc.summary,
    tags: [doc.tag],
    ...security(route),
    parameters: [
      ...pathParams.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(doc.parameters ?? []).map((p) => ({
        name: p.name,
        in: p.in,
        description: p.description,
        required: p.required ?? false,
        schema: p.values ? { type: 'string', enum: p.values } : { type: 'string' },
      })),
    ],
    ...(doc.upload
      ? {
          requestBody: {
            required: true,
            description: doc.upload.description,
            content: Object.fromEntries(doc.upload.mediaTypes.map((type) => [type, { schema: BINARY }])),
          },
        }
      : {}),
    responses: {
      [String(doc.ok.status ?? 200)]: { description: doc.ok.description, content: content(doc.ok.content) },
      ...errorResponses({
        route,
        body: doc.upload ? 'bytes' : 'none',
        validated: (doc.parameters ?? []).some((p) => p.in === 'query') || doc.upload !== undefined,
        remote: !doc.local,
      }),
    },
  };
}
