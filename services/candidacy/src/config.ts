import { EnvSchemas } from '@certhub/platform';
import { z } from 'zod';

export const CandidacyEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend(EnvSchemas.internal.shape)
  .extend({
    /** How often the automatic abandonment looks for candidacies 5 years past their preliminary evaluation. */
    ABANDON_SCAN_INTERVAL_MS: z.coerce.number().int().min(100).default(3_600_000),
  });

export type CandidacyConfig = z.infer<typeof CandidacyEnv>;
