import { EnvSchemas } from '@certhub/platform';
import { resolve } from 'node:path';
import { z } from 'zod';

/** A service's internal HTTP base (files and exports, which never travel over NATS); k8s: `http://<service>`. */
const internalBase = (service: string) =>
  z
    .url({ protocol: /^https?$/ })
    .default(`http://${service}`)
    .transform((url) => url.replace(/\/+$/, ''));

export const GatewayEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.keycloak.shape)
  .extend(EnvSchemas.internal.shape)
  .extend({
    HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/i, 'must look like 512kb or 1mb')
      .default('1mb'),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    /** How long the gateway trusts its last look at a user's state: a deactivation bites within it. */
    USER_STATE_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
    /** Trust X-Forwarded-For from this many proxies (the ingress): rate limits then see the client. */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
    /** The document service's internal HTTP base, which streams uploads and downloads. */
    DOCUMENT_URL: internalBase('document'),
    /** The certificate service's, which streams certificate PDFs. */
    CERTIFICATE_URL: internalBase('certificate'),
    /** The dossier service's, which renders questionnaire exports. */
    DOSSIER_URL: internalBase('dossier'),
    /** The analytics service's, which renders the statistics workbook. */
    ANALYTICS_URL: internalBase('analytics'),
    /** The complaints service's, which renders the complaints and appeals register. */
    COMPLAINTS_URL: internalBase('complaints'),
    /** The candidacy service's, which renders the candidate sheet and the evaluation matrix. */
    CANDIDACY_URL: internalBase('candidacy'),
    /**
     * The longest silence of a service on an internal route's socket (upload, download, export)
     * before the call is answered 503; above the slowest silent step (the malware scan's
     * CLAMD_TIMEOUT_MS).
     */
    INTERNAL_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
    /** Age after which the realm's signing keys are fetched again (in the background). */
    JWKS_REFRESH_AFTER_MS: z.coerce
      .number()
      .int()
      .min(100)
      .default(10 * 60_000),
    /** The built web portal served on this origin; by default the build output next to this service's. */
    PORTAL_DIR: z.string().min(1).default(resolve(__dirname, '../../portal')),
    /** The OIDC issuer as the browser reaches it; by default KEYCLOAK_URL's realm. */
    PORTAL_OIDC_AUTHORITY: z.url({ protocol: /^https?$/ }).optional(),
    PORTAL_OIDC_CLIENT_ID: z.string().min(1).default('certhub-portal'),
  });
export type GatewayConfig = z.infer<typeof GatewayEnv>;
