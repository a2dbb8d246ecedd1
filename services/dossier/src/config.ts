import { EnvSchemas } from '@certhub/platform';

export const DossierEnv = EnvSchemas.base.extend(EnvSchemas.nats.shape).extend(EnvSchemas.mongo.shape);
