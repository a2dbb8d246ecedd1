import { EnvSchemas } from '@certhub/platform';

export const PartnerEnv = EnvSchemas.base.extend(EnvSchemas.nats.shape).extend(EnvSchemas.mongo.shape);
