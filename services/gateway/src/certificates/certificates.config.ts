import { loadConfig } from '@certhub/platform';
import { z } from 'zod';

/**
 * The gateway's settings for certificates, validated once from the environment like the rest of
 * its config (these variables belong in src/config.ts; they live here until that file is shared).
 */
const CertificatesGatewayEnv = z.object({
  /** Per client address and route: public verification must not become a way to enumerate numbers. */
  PUBLIC_VERIFY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  VERIFY_FILE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(10 * 1024 * 1024),
});
export type CertificatesGatewayConfig = z.infer<typeof CertificatesGatewayEnv>;

let loaded: CertificatesGatewayConfig | undefined;

export function certificatesConfig(): CertificatesGatewayConfig {
  loaded ??= loadConfig('gateway', CertificatesGatewayEnv);
  return loaded;
}
