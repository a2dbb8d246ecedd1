import { TestStack, passwordToken, ensureCbUser, serviceDatabase } from '@certhub/testing';
import type { Connection } from 'mongoose';
import { contractedDossierDocument, day } from './audits-fixtures';

/**
 * The CB's work queue through the gateway: the holder's name on each dossier, the filters by analyst,
 * level and overdue findings with the per-dossier count, the bulk assignment with its outcome per
 * dossier, and the findings' dossier reference. Each test writes its own dossiers under a fresh
 * holder name, so that the searches see its dossiers only.
 */
describe('the CB work queue through the gateway', () => {
  let stack: TestStack;
  let db: Connection;
  let url: string;
  const tokens: Record<string, string> = {};
  let analystId = '';

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'dossier', 'gateway'], { RATE_LIMIT_PER_MINUTE: '100000' });
    url = stack.service('gateway').url;
    db = await serviceDatabase(stack, 'dossier');
    await ensureCbUser('auditor.two@certhub.local', 'auditor');
    for (const who of ['analyst', 'cb.admin', 'org.admin', 'auditor.two'])
      tokens[who] = await passwordToken(`${who}@certhub.local`);
    analystId = ((await api('analyst', 'GET', '/api/v1/me')).body as { userId: string }).userId;
  }, 150_000);
  afterAll(async () => {
    await db?.close();
    await stack?.stop();
  });

  async function api(who: string, method: string, path: string, body?: unknown) {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // JSON of any route: each assertion says what it expects of it.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, body: (await res.json()) as any };
  }

  /** Dossiers of one holder, unassigned unless said, each with `overdue` findings past due. */
  async function dossiers(holder: string, specs: { status?: string; level?: string; overdue?: number }[]) {
    const docs = specs.map((spec) => {
      const doc = contractedDossierDocument({ analystId, ...(spec.status ? { status: spec.status } : {}) });
      delete doc['analystId'];
      const holderOf = { name: holder, siren: '356000000', address: {}, sites: [] };
      return Object.assign(doc, { level: spec.level ?? 'A', holder: holderOf }) as Record<string, unknown> & {
        _id: never;
      };
    });
    await db.collection('dossiers').insertMany(docs);
    const findings = docs.flatMap((d, i) =>
      Array.from({ length: specs[i]?.overdue ?? 0 }, (_, n) => ({
        _id: `${String(d._id)}-f${n}`,
        tenantId: d['tenantId'],
        organisationId: d['organisationId'],
        cbId: d['cbId'],
        dossierId: d._id,
        dossierReference: d['reference'],
        auditId: 'audit-x',
        schemeId: 'amarc',
        schemeVersion: '2024.1',
        requirementId: '1.1',
        severity: 'minor',
        description: 'past due',
        late: false,
        recordedAt: new Date(),
        recordedBy: analystId,
        version: 0,
        number: `NC${n}`,
        open: true,
        status: 'measures_requested',
        dueDate: day(-3),
        auditorIds: [],
        items: [],
        trail: [],
        outbox: [],
      })),
    );
    if (findings.length) await db.collection('findings').insertMany(findings as never[]);
    return docs.map((d) => String(d._id));
  }

  it('names the holder, filters by name, level, analyst and overdue findings, and counts them per dossier', async () => {
    const holder = `Holder ${Date.now()}`;
    const [late, levelB, fine] = await dossiers(holder, [{ overdue: 2 }, { level: 'B' }, {}]);
    const search = async (query: string) => {
      const res = await api('analyst', 'GET', `/api/v1/dossiers?q=${encodeURIComponent(holder)}&${query}`);
      expect(res.status).toBe(200);
      return res.body.items as { id: string; holderName: string; overdueFindings: number }[];
    };
    const all = await search('pageSize=50');
    expect(all.map((d) => d.id).sort()).toEqual([late, levelB, fine].sort());
    expect(all.every((d) => d.holderName === holder)).toBe(true);
    expect(all.find((d) => d.id === late)?.overdueFindings).toBe(2);
    expect(all.find((d) => d.id === fine)?.overdueFindings).toBe(0);
    expect((await search('overdue=true')).map((d) => d.id)).toEqual([late]);
    expect((await search('overdue=false')).map((d) => d.id).sort()).toEqual([levelB, fine].sort());
    expect((await search('level=B')).map((d) => d.id)).toEqual([levelB]);
    expect((await search('analystId=none')).length).toBe(3);
    expect(await search(`analystId=${analystId}`)).toEqual([]);
    const refused = await api('analyst', 'GET', '/api/v1/dossiers?overdue=maybe');
    expect(refused.status).toBe(422);
  });

  it('assigns many dossiers at once and says which ones it could not', async () => {
    const holder = `Bulk ${Date.now()}`;
    const [one, two, drafted] = await dossiers(holder, [{}, {}, { status: 'draft' }]);
    const done = await api('cb.admin', 'POST', '/api/v1/dossiers/analyst-assignments', {
      analystId,
      dossierIds: [one, two, drafted, 'no-such-dossier'],
    });
    expect(done.status).toBe(200);
    const outcome = Object.fromEntries(
      (done.body.items as { dossierId: string; assigned: boolean; error?: { code: string } }[]).map((i) => [
        i.dossierId,
        i.assigned || i.error?.code,
      ]),
    );
    expect(outcome).toEqual({
      [one!]: true,
      [two!]: true,
      [drafted!]: 'invalid_transition',
      'no-such-dossier': 'not_found',
    });
    const mine = await api(
      'analyst',
      'GET',
      `/api/v1/dossiers?q=${encodeURIComponent(holder)}&analystId=${analystId}`,
    );
    expect((mine.body.items as { id: string }[]).map((d) => d.id).sort()).toEqual([one, two].sort());

    // Anyone but an active analyst of the CB refuses the whole request, before any dossier.
    const auditorTwo = ((await api('auditor.two', 'GET', '/api/v1/me')).body as { userId: string }).userId;
    const wrong = await api('cb.admin', 'POST', '/api/v1/dossiers/analyst-assignments', {
      analystId: auditorTwo,
      dossierIds: [drafted],
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'analystId' })]);
    expect(
      (await api('analyst', 'POST', '/api/v1/dossiers/analyst-assignments', { analystId, dossierIds: [one] }))
        .status,
    ).toBe(403);
    expect(
      (
        await api('cb.admin', 'POST', '/api/v1/dossiers/analyst-assignments', {
          analystId,
          dossierIds: [one, one],
        })
      ).status,
    ).toBe(422);
  });

  it('gives each finding its dossier reference', async () => {
    const [late] = await dossiers(`Ref ${Date.now()}`, [{ overdue: 1 }]);
    const found = await api('analyst', 'GET', `/api/v1/findings?dossierId=${late}`);
    expect(found.status).toBe(200);
    expect(found.body.items[0].dossierReference).toMatch(/^T-/);
  });
});
