import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ClientCredentialsToken } from './client-credentials-token';

/** A stand-in token endpoint: counts grants, answers a numbered token with a short lifetime. */
describe(ClientCredentialsToken.name, () => {
  let server: Server;
  let url = '';
  let grants = 0;
  let refuse = false;
  let lastAuthorization = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      lastAuthorization = req.headers.authorization ?? '';
      if (refuse) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'unauthorized_client', error_description: 'Invalid client secret' }));
        return;
      }
      grants += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: `token-${grants}`, expires_in: 1, token_type: 'Bearer' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    grants = 0;
    refuse = false;
  });

  const sut = (clientSecret = 'the secret') =>
    new ClientCredentialsToken({
      keycloakUrl: url,
      realm: 'certhub',
      clientId: 'certhub-identity',
      clientSecret,
      timeoutMs: 2_000,
    });

  it('authenticates with the client id and secret, and shares one grant between concurrent callers', async () => {
    const tokens = sut('s3cret:+');
    await expect(Promise.all([tokens.get(), tokens.get(), tokens.get()])).resolves.toEqual([
      'token-1',
      'token-1',
      'token-1',
    ]);
    expect(grants).toBe(1);
    expect(Buffer.from(lastAuthorization.replace('Basic ', ''), 'base64').toString()).toBe(
      'certhub-identity:s3cret%3A%2B',
    );
  });

  it('fetches a new token before the current one expires', async () => {
    const tokens = sut();
    expect(await tokens.get()).toBe('token-1');
    // 80 % of the 1 s lifetime has passed: renewed although the old token is still valid.
    await sleep(850);
    expect(await tokens.get()).toBe('token-2');
  });

  it('reports refused credentials as an unavailable dependency, with Keycloak’s reason', async () => {
    refuse = true;
    await expect(sut('wrong').get()).rejects.toMatchObject({
      code: 'dependency_unavailable',
      message: expect.stringContaining('Invalid client secret'),
    });
  });
});
