import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** CloudEvents 1.0 structured JSON envelope, with certhub's extension attributes. */
export const CloudEventSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z
    .string()
    .regex(/^certhub\.[a-z_]+(\.[a-z_]+)+\.v\d+$/, 'type must look like certhub.<entity>.<event>.v<n>'),
  subject: z.string().optional(),
  time: z.string().datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  /** Tenant scoping used by consumers and partner subscriptions. */
  tenantid: z.string().optional(),
  /** Correlation id of the request that caused the event. */
  correlationid: z.string().optional(),
  /** Aggregate id: ordering key for per-dossier delivery. */
  partitionkey: z.string().optional(),
  data: z.unknown(),
});
export type CloudEvent<T = unknown> = Omit<z.infer<typeof CloudEventSchema>, 'data'> & { data: T };

export interface NewEventOptions {
  source: string;
  subject?: string;
  tenantId?: string;
  correlationId?: string;
  partitionKey?: string;
  id?: string;
  time?: Date;
}

export function newCloudEvent<T>(type: string, data: T, options: NewEventOptions): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: options.id ?? randomUUID(),
    source: options.source,
    type,
    ...(options.subject ? { subject: options.subject } : {}),
    time: (options.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    ...(options.tenantId ? { tenantid: options.tenantId } : {}),
    ...(options.correlationId ? { correlationid: options.correlationId } : {}),
    ...(options.partitionKey ? { partitionkey: options.partitionKey } : {}),
    data,
  };
}
