import { EnvSchemas } from '@certhub/platform';

export const AnalyticsEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend(EnvSchemas.internal.shape);
