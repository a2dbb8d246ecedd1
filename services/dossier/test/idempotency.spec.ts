import { randomUUID } from 'node:crypto';
import { TestStack, passwordToken } from '@certhub/testing';

/**
 * Idempotency-Key on POST, through the gateway with a real token: a retried command gets the first
 * answer and runs once; the key reused for another body is refused; the key is the caller's own.
 */
describe('Idempotency-Key on commands', () => {
  let stack: TestStack;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'dossier', 'gateway']);
    for (const user of ['org.admin', 'org.member'])
      tokens[user] = await passwordToken(`${user}@certhub.local`);
  }, 150_000);
  afterAll(() => stack?.stop());

  async function post(user: string, path: string, body: unknown, key?: string) {
    const res = await fetch(`${stack.service('gateway').url}/api/v1${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens[user] ?? ''}`,
        'content-type': 'application/json',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }
  const dossierCount = async () => {
    const res = await fetch(`${stack.service('gateway').url}/api/v1/dossiers?pageSize=1`, {
      headers: { authorization: `Bearer ${tokens['org.admin']}` },
    });
    return ((await res.json()) as { total: number }).total;
  };
  const open = { schemeId: 'amarc', level: 'A', cbId: 'cb-demo' };

  it('answers a repeated create with the first answer and creates one dossier', async () => {
    const key = randomUUID();
    const before = await dossierCount();
    const first = await post('org.admin', '/dossiers', open, key);
    const again = await Promise.all([1, 2, 3].map(() => post('org.admin', '/dossiers', open, key)));
    expect(first.status).toBe(201);
    expect(again.map((r) => [r.status, r.body['id'], r.body['reference']])).toEqual(
      [1, 2, 3].map(() => [201, first.body['id'], first.body['reference']]),
    );
    expect(await dossierCount()).toBe(before + 1);
    // Without a key, the same body is a new command.
    expect((await post('org.admin', '/dossiers', open)).body['id']).not.toBe(first.body['id']);
  });

  it('refuses the key reused for another request, and keeps refusals as the answer', async () => {
    const key = randomUUID();
    expect((await post('org.admin', '/dossiers', open, key)).status).toBe(201);
    const other = await post('org.admin', '/dossiers', { ...open, level: 'B' }, key);
    expect(other.status).toBe(422);
    expect(other.body['detail']).toBe('this Idempotency-Key was already used for another request');

    const refusedKey = randomUUID();
    const unknownScheme = { ...open, schemeId: 'nope' };
    const refused = await post('org.admin', '/dossiers', unknownScheme, refusedKey);
    expect(refused.status).toBe(422);
    const { correlationId: _first, ...answer } = refused.body;
    const { correlationId: _again, ...replayed } = (
      await post('org.admin', '/dossiers', unknownScheme, refusedKey)
    ).body;
    expect(replayed).toEqual(answer);
  });

  it('replays the answer of a command that went through: a retried abandon is not refused as already abandoned', async () => {
    const created = await post('org.admin', '/dossiers', open);
    const id = created.body['id'] as string;
    const key = randomUUID();
    const first = await post('org.admin', `/dossiers/${id}/abandon`, { reason: 'Projet reporté' }, key);
    expect([first.status, first.body['status']]).toEqual([200, 'abandoned']);
    const retried = await post('org.admin', `/dossiers/${id}/abandon`, { reason: 'Projet reporté' }, key);
    expect([retried.status, retried.body['status'], retried.body['version']]).toEqual([
      200,
      'abandoned',
      first.body['version'],
    ]);
    // A new key is a new command, refused now that the dossier is abandoned.
    expect(
      (await post('org.admin', `/dossiers/${id}/abandon`, { reason: 'Projet reporté' }, randomUUID())).status,
    ).toBe(409);
  });

  it('keeps keys apart per caller, and refuses a malformed key', async () => {
    const key = randomUUID();
    const mine = await post('org.admin', '/dossiers', open, key);
    const refusedForMember = await post('org.member', '/dossiers', open, key);
    // The member may not open dossiers: his answer is his own, not a replay of the admin's.
    expect(refusedForMember.status).toBe(403);
    expect(mine.status).toBe(201);
    expect((await post('org.admin', '/dossiers', open, 'x'.repeat(256))).status).toBe(422);
  });
});
