import { ConfigError, loadConfig } from '@certhub/platform';
import { DEV_KEYCLOAK_ADMIN_CLIENT_SECRET, IdentityEnv, shouldSeedDemoData } from './config';

const env = {
  NATS_URL: 'nats://127.0.0.1:4222',
  NATS_USER: 'identity',
  NATS_PASSWORD: 'n0t-a-real-password',
  MONGO_URL: 'mongodb://127.0.0.1:27017',
  KEYCLOAK_URL: 'http://127.0.0.1:8081',
};

describe('IdentityEnv', () => {
  it('defaults to the local development setup', () => {
    const sut = loadConfig('identity', IdentityEnv, env);
    expect(sut).toMatchObject({
      KEYCLOAK_ADMIN_CLIENT_ID: 'certhub-identity',
      KEYCLOAK_ADMIN_CLIENT_SECRET: DEV_KEYCLOAK_ADMIN_CLIENT_SECRET,
      COMPANY_REGISTRY: 'offline',
      COMPANY_API_URL: 'https://recherche-entreprises.api.gouv.fr',
      PUBLIC_PORTAL_URL: 'http://localhost:4200',
    });
    expect(shouldSeedDemoData(sut)).toBe(true);
  });

  it('refuses the development secret in production, named or defaulted', () => {
    for (const secret of [undefined, DEV_KEYCLOAK_ADMIN_CLIENT_SECRET]) {
      const production = { ...env, NODE_ENV: 'production', KEYCLOAK_ADMIN_CLIENT_SECRET: secret };
      expect(() => loadConfig('identity', IdentityEnv, production)).toThrow(ConfigError);
      expect(() => loadConfig('identity', IdentityEnv, production)).toThrow(/KEYCLOAK_ADMIN_CLIENT_SECRET/);
    }
  });

  it('accepts a real secret in production, where demo data is off unless asked for', () => {
    const sut = loadConfig('identity', IdentityEnv, {
      ...env,
      NODE_ENV: 'production',
      KEYCLOAK_ADMIN_CLIENT_SECRET: 's3cret',
    });
    expect(shouldSeedDemoData(sut)).toBe(false);
    expect(shouldSeedDemoData({ ...sut, SEED_DEMO_DATA: true })).toBe(true);
  });

  it('names a wrong registry choice', () => {
    expect(() => loadConfig('identity', IdentityEnv, { ...env, COMPANY_REGISTRY: 'sirene' })).toThrow(
      /COMPANY_REGISTRY is invalid/,
    );
  });
});
