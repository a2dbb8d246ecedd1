import { EnvSchemas } from '@certhub/platform';

export const ComplaintsEnv = EnvSchemas.base.extend(EnvSchemas.nats.shape).extend(EnvSchemas.mongo.shape);
