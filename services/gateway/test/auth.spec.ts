import { TokenVerifier } from '@certhub/platform';
import { passwordToken, runtimeEnv, startService, type ServiceProcess } from '@certhub/testing';

/** Re-signs nothing: flips one character of the payload so the signature no longer matches. */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  claims['tenant_id'] = 'another-tenant';
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

function unsigned(token: string): string {
  const [, payload] = token.split('.') as [string, string];
  return [Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url'), payload, ''].join(
    '.',
  );
}

describe('access tokens issued by the real Keycloak realm', () => {
  const env = runtimeEnv();
  const sut = new TokenVerifier({
    keycloakUrl: env.KEYCLOAK_URL,
    realm: env.KEYCLOAK_REALM,
    audience: 'certhub-gateway',
    clockToleranceSeconds: 5,
  });

  it('verifies a realm user’s token into a principal with tenant and roles', async () => {
    const principal = await sut.verify(await passwordToken('analyst@certhub.local'));
    expect(principal).toMatchObject({ tenantType: 'cb', tenantId: 'cb-demo', roles: ['analyst'] });
  });

  it('refuses a tampered token and an unsigned one', async () => {
    const token = await passwordToken('analyst@certhub.local');
    await expect(sut.verify(tamper(token))).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(sut.verify(unsigned(token))).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses an expired token, beyond the clock tolerance', async () => {
    const token = await passwordToken('analyst@certhub.local');
    const later = new TokenVerifier({
      keycloakUrl: env.KEYCLOAK_URL,
      realm: env.KEYCLOAK_REALM,
      audience: 'certhub-gateway',
      clockToleranceSeconds: 5,
      clock: () => new Date(Date.now() + 3_600_000),
    });
    await expect(later.verify(token)).rejects.toMatchObject({
      code: 'unauthenticated',
      message: 'token expired',
    });
  });

  it('refuses a token meant for another audience', async () => {
    const other = new TokenVerifier({
      keycloakUrl: env.KEYCLOAK_URL,
      realm: env.KEYCLOAK_REALM,
      audience: 'someone-else',
      clockToleranceSeconds: 5,
    });
    await expect(other.verify(await passwordToken('analyst@certhub.local'))).rejects.toMatchObject({
      code: 'unauthenticated',
      message: 'token claim "aud" is invalid',
    });
  });

  describe('through the gateway', () => {
    let gateway: ServiceProcess;
    beforeAll(async () => {
      gateway = await startService('gateway');
    });
    afterAll(() => gateway?.stop());

    it('answers the caller’s principal for a valid token', async () => {
      const res = await fetch(`${gateway.url}/api/v1/me`, {
        headers: {
          authorization: `Bearer ${await passwordToken('org.admin@certhub.local')}`,
          'x-correlation-id': 'corr-123',
        },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-correlation-id')).toBe('corr-123');
      expect(await res.json()).toMatchObject({
        tenantType: 'organisation',
        tenantId: 'org-demo',
        roles: ['org_admin'],
      });
    });

    it('answers 401 problem+json without a stack for a missing or tampered token', async () => {
      for (const authorization of [
        undefined,
        `Bearer ${tamper(await passwordToken('org.admin@certhub.local'))}`,
      ]) {
        const res = await fetch(`${gateway.url}/api/v1/me`, {
          headers: authorization ? { authorization } : {},
        });
        expect(res.status).toBe(401);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        const body = (await res.json()) as Record<string, unknown>;
        expect(body).toMatchObject({ type: 'https://certhub.dev/problems/unauthenticated', status: 401 });
        expect(JSON.stringify(body)).not.toMatch(/at .*\.js:\d+/);
      }
    });

    it('answers 401 to a realm token issued for another audience (a service account)', async () => {
      const res = await fetch(
        `${env.KEYCLOAK_URL}/realms/${env.KEYCLOAK_REALM}/protocol/openid-connect/token`,
        {
          method: 'POST',
          body: new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: 'certhub-identity',
            client_secret: 'certhub-identity-dev-secret', // local dev default of the realm
          }),
        },
      );
      const { access_token: token } = (await res.json()) as { access_token: string };
      const me = await fetch(`${gateway.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(401);
      expect(((await me.json()) as { detail: string }).detail).toMatch(/aud|tenant/);
    });

    it('keeps probes public', async () => {
      expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${gateway.url}/readyz`)).status).toBe(200);
    });
  });
});
