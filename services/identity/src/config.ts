import { EnvSchemas } from '@certhub/platform';

export const IdentityEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend(EnvSchemas.keycloak.shape);
