import { EnvSchemas } from '@certhub/platform';
import { tmpdir } from 'node:os';
import { z } from 'zod';

const int = (min: number) => z.coerce.number().int().min(min);
const DAY_MS = 24 * 60 * 60 * 1000;

const DocumentEnvShape = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend(EnvSchemas.s3.shape)
  .extend(EnvSchemas.internal.shape)
  .extend({
    /**
     * Where uploads are spooled while they are checked (type, zip, template, scan) before they
     * reach the object store: a local disk of the pod (k8s: an emptyDir), never memory.
     */
    SPOOL_DIR: z.string().min(1).default(tmpdir()),
    /** Length of a retention "day": shortened only by tests, so purge timing is observable quickly. */
    RETENTION_DAY_MS: int(1).default(DAY_MS),
    PURGE_INTERVAL_MS: int(100).default(15 * 60 * 1000),
    RECONCILE_INTERVAL_MS: int(100).default(5 * 60 * 1000),
    /**
     * An upload still pending after this long was abandoned (its process died between storing
     * the bytes and writing the metadata): the reconciler removes its bytes. Longer than any upload.
     */
    ORPHAN_AFTER_MS: int(1000).default(60 * 60 * 1000),
    /**
     * The part size of resumable uploads (S3 multipart: every part but the last at least 5 MiB).
     * Smaller files go as one request.
     */
    UPLOAD_PART_BYTES: int(5 * 1024 * 1024).default(5 * 1024 * 1024),
    /** An unfinished resumable upload is aborted (its parts removed) this long after it started. */
    UPLOAD_SESSION_TTL_MS: int(1000).default(DAY_MS),
    /** clamd (`tcp://host:3310`): every upload is scanned and none passes unscanned. */
    CLAMD_URL: z
      .url({ protocol: /^tcp$/ })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    CLAMD_TIMEOUT_MS: int(100).default(30_000),
    /**
     * `off` stores uploads unscanned: allowed only outside production, and only when said so; a
     * missing CLAMD_URL is otherwise a configuration error, never a silent pass.
     */
    MALWARE_SCAN: z.enum(['required', 'off']).default('required'),
    ZIP_MAX_ENTRIES: int(1).default(10_000),
    ZIP_MAX_UNCOMPRESSED_BYTES: int(1).default(512 * 1024 * 1024),
    ZIP_MAX_RATIO: int(2).default(200),
    /** Archives inside archives are opened down to this depth (the upload itself is level 1). */
    ZIP_MAX_DEPTH: int(1).default(3),
  });

export const DocumentEnv = DocumentEnvShape.superRefine((env, ctx) => {
  if (env.MALWARE_SCAN === 'off' && env.NODE_ENV === 'production') {
    ctx.addIssue({
      code: 'custom',
      path: ['MALWARE_SCAN'],
      message: 'uploads cannot go unscanned in production: set CLAMD_URL and remove MALWARE_SCAN=off',
    });
  }
  if (env.MALWARE_SCAN === 'required' && !env.CLAMD_URL) {
    ctx.addIssue({
      code: 'custom',
      path: ['CLAMD_URL'],
      message:
        'every upload is scanned: point it at clamd (MALWARE_SCAN=off skips the scan outside production)',
    });
  }
});
export type DocumentConfig = z.infer<typeof DocumentEnv>;

export const DOCUMENTS_BUCKET = 'certhub-documents';
