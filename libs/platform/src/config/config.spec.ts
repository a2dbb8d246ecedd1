import { ConfigError, EnvSchemas, loadConfig } from './config';

const schema = EnvSchemas.base.extend(EnvSchemas.nats.shape).extend(EnvSchemas.mongo.shape);

describe(loadConfig.name, () => {
  it('returns typed values with defaults applied', () => {
    const sut = loadConfig('svc', schema, {
      NATS_URL: 'nats://127.0.0.1:4222',
      NATS_USER: 'svc',
      NATS_PASSWORD: 'n0t-a-real-password',
      MONGO_URL: 'mongodb://127.0.0.1:27017/',
    });
    expect(sut.HTTP_PORT).toBe(3000);
    expect(sut.MONGO_DB_PREFIX).toBe('certhub');
  });

  it('names every missing or bad variable in one message', () => {
    let error: unknown;
    try {
      loadConfig('dossier', schema, { NATS_URL: 'http://wrong', HTTP_PORT: 'eighty' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/^dossier: invalid configuration — /);
    expect(message).toContain('MONGO_URL is missing');
    expect(message).toContain('NATS_URL is invalid');
    expect(message).toContain('NATS_USER is missing');
    expect(message).toContain('HTTP_PORT is invalid');
    expect(message.split('\n')).toHaveLength(1);
  });
});
