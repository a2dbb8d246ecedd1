import { EnvSchemas } from '@certhub/platform';
import { z } from 'zod';

export const DossierEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend(EnvSchemas.internal.shape)
  .extend({
    /** How often the expiry scheduler looks for certificates past their validUntil. */
    EXPIRY_SCAN_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
    /**
     * Qualifies the demo CB's auditors for every organisation scheme (off by default in production),
     * as the identity service seeds the demo users themselves.
     */
    SEED_DEMO_DATA: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    /** How often the reminders pass looks for dates coming (each reminder goes once, so an hour is plenty). */
    REMINDER_SCAN_INTERVAL_MS: z.coerce.number().int().min(100).default(3_600_000),
    /**
     * How long an organisation's "active" flag read from identity is trusted: a deactivation stops
     * its users' commands within this delay.
     */
    ORGANISATION_STATE_TTL_MS: z.coerce.number().int().min(0).default(30_000),
  });

export type DossierConfig = z.infer<typeof DossierEnv>;

export const shouldSeedDemoData = (config: DossierConfig): boolean =>
  config.SEED_DEMO_DATA ?? config.NODE_ENV !== 'production';
