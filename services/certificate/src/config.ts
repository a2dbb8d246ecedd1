import { EnvSchemas, httpBaseUrl } from '@certhub/platform';
import { z } from 'zod';

export const CertificateEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend(EnvSchemas.s3.shape)
  .extend(EnvSchemas.chromium.shape)
  .extend(EnvSchemas.internal.shape)
  .extend({
    /**
     * The platform's public origin (the portal's): each PDF's QR code opens the portal's
     * verification page `<origin>/verify/<number>`, which checks the credential in the browser.
     */
    PUBLIC_URL: httpBaseUrl('http://localhost:8080'),
    /** Pages kept open in the warm browser: how many PDFs print at once. */
    RENDER_PAGES: z.coerce.number().int().min(1).max(16).default(4),
    RENDER_TIMEOUT_MS: z.coerce.number().int().min(1).default(20_000),
    /** Deliveries of an issued/renewed event before its render is recorded as failed for good. */
    RENDER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    /**
     * The PKCS#12 bundle (base64) of the platform's document-signing authority (a CA certificate,
     * its chain and its key), which certifies each CB's own signing certificate, and its passphrase.
     * Without one, a self-signed development authority is made at start; production refuses to run
     * without.
     */
    PDF_SIGNING_P12: z.string().min(1).optional(),
    PDF_SIGNING_PASSPHRASE: z.string().default(''),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.PDF_SIGNING_P12, {
    path: ['PDF_SIGNING_P12'],
    message: 'production signs PDFs with a real certificate: set PDF_SIGNING_P12',
  });
export type CertificateConfig = z.infer<typeof CertificateEnv>;

export const CERTIFICATES_BUCKET = 'certhub-certificates';
