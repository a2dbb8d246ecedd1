import { EnvSchemas, refuseDevDefaults } from '@certhub/platform';
import { z } from 'zod';

/**
 * Local development default of the `certhub-identity` client secret, as declared in
 * infra/keycloak/certhub-realm.json. Convenient on a laptop, never acceptable in production.
 */
export const DEV_KEYCLOAK_ADMIN_CLIENT_SECRET = 'certhub-identity-dev-secret';

const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const IdentityEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend(EnvSchemas.keycloak.shape)
  .extend({
    /** Confidential client whose service account manages users through the admin API. */
    KEYCLOAK_ADMIN_CLIENT_ID: z.string().min(1).default('certhub-identity'),
    KEYCLOAK_ADMIN_CLIENT_SECRET: z.string().min(1).default(DEV_KEYCLOAK_ADMIN_CLIENT_SECRET),
    /** `offline` reads the bundled dataset; `http` asks the public French company API. */
    COMPANY_REGISTRY: z.enum(['offline', 'http']).default('offline'),
    COMPANY_API_URL: z.url({ protocol: /^https?$/ }).default('https://recherche-entreprises.api.gouv.fr'),
    /** Where Keycloak sends people back after the links of its e-mails (verification, first login). */
    PUBLIC_PORTAL_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4200'),
    /** How often registrations abandoned half-way (crash between steps) are swept. */
    REGISTRATION_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
    /** Seeds the demo CB and organisation of the realm's demo users; off by default in production. */
    SEED_DEMO_DATA: flag,
  })
  .superRefine(
    refuseDevDefaults({
      KEYCLOAK_ADMIN_CLIENT_SECRET: {
        value: DEV_KEYCLOAK_ADMIN_CLIENT_SECRET,
        message: 'the local development default secret is refused in production: set the real client secret',
      },
    }),
  );

export type IdentityConfig = z.infer<typeof IdentityEnv>;

export const shouldSeedDemoData = (config: IdentityConfig): boolean =>
  config.SEED_DEMO_DATA ?? config.NODE_ENV !== 'production';
