import { Injectable } from '@nestjs/common';
import {
  HTTP_OPERATIONS,
  PROBLEM_TYPE_BASE,
  RpcCatalog,
  type HttpMethod,
  type HttpOperation,
} from '@certhub/contracts';
import { z } from 'zod';

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
 * OpenAPI 3.1 built from the contract catalogue, the same entries the routes are registered from:
 * paths, methods, roles and summaries from each operation's HTTP route, parameters and bodies from
 * its zod schemas (JSON Schema 2020-12 is OpenAPI 3.1's dialect, so they are used as they are).
 */
@Injectable()
export class OpenApiBuilder {
  private document?: JsonSchema;

  build(): JsonSchema {
    if (this.document) return this.document;
    const paths: Record<string, Record<string, unknown>> = {};
    for (const op of HTTP_OPERATIONS) {
      paths[op.path] = { ...paths[op.path], [op.method.toLowerCase()]: operation(op) };
    }
    this.document = {
      openapi: '3.1.0',
      info: {
        title: 'certhub API',
        version: '1.0.0',
        description:
          'Certification management shared by certification bodies. Lists take `page` (from 1), `pageSize` (≤ 100) and `sort` (`field` or `-field`) and answer `{ items, page, pageSize, total }`. Errors are `application/problem+json`.',
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

const BODY_METHODS = new Set<HttpMethod>(['POST', 'PUT', 'PATCH']);

function operation(op: HttpOperation): Record<string, unknown> {
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
  const problem = {
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
  return {
    operationId: op.subject,
    summary: op.summary,
    tags: [op.tag],
    ...(op.public ? { security: [] } : { security: [{ bearer: [] }] }),
    ...(op.roles?.length ? { 'x-roles': op.roles } : {}),
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
      ...(op.public
        ? {}
        : {
            401: { description: 'Missing or invalid token', ...problem },
            403: { description: 'Not allowed', ...problem },
          }),
      404: { description: 'Not found (or not yours)', ...problem },
      ...(op.method === 'POST'
        ? {
            409: {
              description: 'Conflict, or a request with this Idempotency-Key still in progress',
              ...problem,
            },
          }
        : {}),
      422: {
        description: 'Invalid input (or an Idempotency-Key already used for another request)',
        ...problem,
      },
      429: { description: 'Too many requests', ...problem },
    },
  };
}
