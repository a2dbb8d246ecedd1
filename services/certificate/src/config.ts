import { EnvSchemas } from '@certhub/platform';

export const CertificateEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend(EnvSchemas.s3.shape)
  .extend(EnvSchemas.chromium.shape);
