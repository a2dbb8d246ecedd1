import { EnvSchemas, httpBaseUrl, refuseDevDefaults } from '@certhub/platform';
import { z } from 'zod';

/** Marked as such everywhere it shows: a deployment that keeps it signs with keys anyone can unwrap. */
export const DEV_KMS_KEY = 'Y2VydGh1Yi1kZXYtb25seS1rbXMta2V5LTMyLWJ5dGU=';

export const CredentialsEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend({
    /**
     * The platform's public origin (and path prefix, if any): DIDs are `did:web:<host>:cbs:<cbId>`,
     * status lists and verification pages live under it.
     */
    PUBLIC_URL: httpBaseUrl('http://localhost:8080'),
    /**
     * The local KMS's key-encryption key (32 bytes, base64): issuer private keys are stored only
     * wrapped by it. The default is a development key, refused when NODE_ENV is production.
     */
    CREDENTIALS_KMS_KEY: z
      .string()
      .default(DEV_KMS_KEY)
      .refine((key) => Buffer.from(key, 'base64').length === 32, 'must be 32 bytes in base64'),
    /** Entries per status list: herd privacy needs at least 131,072 (the spec's minimum). */
    STATUS_LIST_SIZE: z.coerce.number().int().min(131_072).max(8_388_608).default(131_072),
  })
  .superRefine(
    refuseDevDefaults({
      CREDENTIALS_KMS_KEY: {
        value: DEV_KMS_KEY,
        message: 'the development key is refused in production: set a key of your own',
      },
    }),
  );
export type CredentialsConfig = z.infer<typeof CredentialsEnv>;
