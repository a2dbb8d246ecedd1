import { z } from 'zod';

/**
 * Request/reply subjects (`<service>.<verb>`) with their request and response schemas. The gateway
 * and services type their calls through this map; services validate requests against it.
 */
export const RpcCatalog = {
  'analytics.event-counts': {
    request: z.object({ types: z.array(z.string()).optional() }).strict(),
    response: z.object({ counts: z.record(z.string(), z.number().int()) }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type RpcSubject = keyof typeof RpcCatalog;
export type RpcRequest<K extends RpcSubject> = z.input<(typeof RpcCatalog)[K]['request']>;
export type RpcResponse<K extends RpcSubject> = z.infer<(typeof RpcCatalog)[K]['response']>;
