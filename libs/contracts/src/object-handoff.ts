import { z } from 'zod';

/**
 * A service that authorised a download may answer the gateway with this instead of the bytes:
 * where to fetch them (a presigned GET on the object store, valid for seconds) and the response to
 * give the client. The gateway asks for it with `Accept` and pipes the object itself, so each
 * byte crosses one process (the gateway) instead of two, and the gateway holds no store credentials.
 */
export const OBJECT_HANDOFF_TYPE = 'application/vnd.certhub.object-handoff+json';

export const ObjectHandoffSchema = z.object({
  /** 200 for the whole object, 206 for one range. */
  status: z.union([z.literal(200), z.literal(206)]),
  /** The client's response headers, decided by the service (type, disposition, length, range…). */
  headers: z.record(z.string(), z.string()),
  url: z.url({ protocol: /^https?$/ }),
  /** The bytes to ask the store for (`bytes=start-end`), absent for the whole object. */
  range: z
    .string()
    .regex(/^bytes=\d+-\d+$/)
    .optional(),
  /**
   * How long the store may stay silent before the gateway gives up with a 503: the service's own
   * timeout for its store, so a frozen store is answered as fast as when the service read it.
   */
  timeoutMs: z.number().int().positive().optional(),
});
export type ObjectHandoff = z.infer<typeof ObjectHandoffSchema>;
