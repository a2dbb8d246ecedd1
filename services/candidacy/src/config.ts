import { EnvSchemas } from '@certhub/platform';

export const CandidacyEnv = EnvSchemas.base.extend(EnvSchemas.nats.shape).extend(EnvSchemas.mongo.shape);
