import { mongoDbName } from '@certhub/platform';
import { TestStack, passwordToken, runtimeEnv } from '@certhub/testing';
import mongoose, { type Connection } from 'mongoose';
import { day } from './audits-fixtures';
import { dossierDocument, type SeedOptions } from './support/seed';

/**
 * Lifecycle rules through the gateway with the demo users' real tokens, one rule per test: a
 * reinstatement resumes the cycle where the suspension stopped it, one finding numbering per
 * dossier, and no second application for a scheme the organisation is certified for.
 */
describe('lifecycle rules through the gateway', () => {
  let stack: TestStack;
  let db: Connection;
  let url: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'dossier', 'gateway'], { RATE_LIMIT_PER_MINUTE: '100000' });
    url = stack.service('gateway').url;
    db = await mongoose
      .createConnection(runtimeEnv().MONGO_URL, { dbName: mongoDbName(stack.prefix, 'dossier') })
      .asPromise();
    for (const who of ['analyst', 'auditor', 'decider', 'org.member', 'org.admin'])
      tokens[who] = await passwordToken(`${who}@certhub.local`);
    for (const who of ['analyst', 'auditor'])
      ids[who] = ((await api(who, 'GET', '/me')).body as { userId: string }).userId;
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await stack?.stop();
  });

  async function api(who: string, method: string, path: string, body?: unknown) {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    // JSON of any route: each assertion says what it expects of it.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: (text ? JSON.parse(text) : {}) as any,
    };
  }

  /** A call that must succeed: the problem body is in the failure message when it does not. */
  async function ok(who: string, method: string, path: string, body?: unknown) {
    const res = await api(who, method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async function seeded(o: SeedOptions): Promise<string> {
    const doc = dossierDocument({ analystId: ids['analyst'], ...o });
    await db.collection('dossiers').insertOne(doc);
    return doc._id as unknown as string;
  }

  const planAudit = (dossierId: string, type: string) =>
    ok('analyst', 'POST', `/dossiers/${dossierId}/audits`, {
      type,
      startDate: day(0),
      endDate: day(0),
      auditorIds: [ids['auditor']],
    });

  it('completes a surveillance audit planned before a suspension once the certificate is reinstated', async () => {
    const id = await seeded({ status: 'certified', certificate: 'valid' });
    const audit = await planAudit(id, 'surveillance');
    const suspended = await ok('decider', 'POST', `/dossiers/${id}/certificate/suspension`, {
      reason: 'Réclamation en cours d’instruction',
    });
    expect(suspended).toMatchObject({ status: 'suspended', certificate: { status: 'suspended' } });
    // While suspended the cycle waits: the audit cannot be completed.
    const early = await api('auditor', 'POST', `/audits/${audit.id}/completion`, {
      version: audit.version,
      reportDocumentId: 'doc-surveillance-report',
    });
    expect(early).toMatchObject({ status: 409, body: { errors: { currentStatus: 'suspended' } } });

    const reinstated = await ok('decider', 'POST', `/dossiers/${id}/certificate/reinstatement`, {
      reason: 'Réclamation non fondée',
    });
    expect(reinstated).toMatchObject({ status: 'audit_planned', certificate: { status: 'valid' } });
    const done = await api('auditor', 'POST', `/audits/${audit.id}/completion`, {
      version: audit.version,
      reportDocumentId: 'doc-surveillance-report',
    });
    expect(done).toMatchObject({ status: 200, body: { status: 'completed' } });
    expect(await ok('analyst', 'GET', `/dossiers/${id}`)).toMatchObject({ status: 'audited' });
  });
});
