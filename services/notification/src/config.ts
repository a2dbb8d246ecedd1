import { EnvSchemas } from '@certhub/platform';

export const NotificationEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend(EnvSchemas.smtp.shape);
