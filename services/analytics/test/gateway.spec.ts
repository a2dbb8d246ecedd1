import { TestStack, passwordToken, uniqueId, type ServiceProcess } from '@certhub/testing';
import { Workbook, type CellValue } from 'exceljs';
import { asSet, expectedFigures, withoutAsOf, type Figures, type Visible } from './support/expected';
import { Harness, eventCounts } from './support/harness';
import { scenario } from './support/journeys';

type Json = Record<string, unknown>;
const REPORTS = ['dossiers-by-status', 'lead-times', 'findings-by-requirement', 'overdue-findings'] as const;

/**
 * The analytics routes as users reach them: real tokens, the gateway, the analytics service.
 * Dossiers of the realm's cb-demo and org-demo sit next to those of another CB and organisation.
 */
describe('analytics through the gateway, per tenant', () => {
  const otherCb = uniqueId('cb');
  const otherOrg = uniqueId('org');
  const events = scenario(
    400,
    { cbs: ['cb-demo', otherCb], organisations: ['org-demo', otherOrg], schemes: ['amarc', 'label'] },
    uniqueId('g'),
  );
  let stack: TestStack;
  let gateway: ServiceProcess;
  let tokens: Record<'cb' | 'analyst' | 'auditor' | 'org' | 'member' | 'platform', string>;

  beforeAll(async () => {
    stack = await TestStack.start(['analytics', 'gateway'], { RATE_LIMIT_PER_MINUTE: '100000' });
    gateway = stack.service('gateway');
    await Harness.seed(stack, events, 300_000);
    const [cb, analyst, auditor, org, member, platform] = await Promise.all(
      ['cb.admin', 'analyst', 'auditor', 'org.admin', 'org.member', 'platform.admin'].map((u) =>
        passwordToken(`${u}@certhub.local`),
      ),
    );
    tokens = { cb, analyst, auditor, org, member, platform } as typeof tokens;
  }, 360_000);

  afterAll(() => stack?.stop());

  const get = (path: string, token: string) =>
    fetch(`${gateway.url}/api/v1/analytics/${path}`, { headers: { authorization: `Bearer ${token}` } });

  async function figures(token: string, query = ''): Promise<Figures> {
    const all = async (report: string) => {
      const rows: Json[] = [];
      for (let page = 1; ; page++) {
        const res = await get(`${report}?pageSize=100&page=${page}${query}`, token);
        expect(res.status).toBe(200);
        const body = (await res.json()) as { items: Json[]; total: number };
        rows.push(...body.items);
        if (rows.length >= body.total || body.items.length === 0) return rows;
      }
    };
    const dashboard = withoutAsOf((await (await get(`dashboard?${query}`, token)).json()) as Json);
    const [byStatus, leadTimes, byRequirement, overdue] = await Promise.all(REPORTS.map(all));
    return {
      dashboard: dashboard as Figures['dashboard'],
      dossiersByStatus: asSet(byStatus as Json[]),
      leadTimes: asSet(leadTimes as Json[]),
      findingsByRequirement: asSet(byRequirement as Json[]),
      overdueFindings: (overdue as Json[]).map((row) => row['findingId'] as string).sort(),
    };
  }

  const ofCb =
    (cbId: string): Visible =>
    (d) =>
      d.cbId === cbId;

  it('shows a CB user his own CB only, and refuses another CB by name', async () => {
    for (const token of [tokens.cb, tokens.analyst]) {
      const seen = await figures(token);
      expect(seen).toEqual(expectedFigures(events, ofCb('cb-demo')));
      expect(seen.dossiersByStatus.length).toBeGreaterThan(0);
      expect(JSON.stringify(seen)).not.toContain(otherCb);
    }
    const counts = (await (await get('event-counts', tokens.cb)).json()) as { counts: Json };
    expect(counts.counts).toEqual(eventCounts(events.filter((e) => e.tenantid === 'cb-demo')));
    for (const path of [
      `dashboard?cbId=${otherCb}`,
      `overdue-findings?cbId=${otherCb}`,
      `export?cbId=${otherCb}`,
    ]) {
      const res = await get(path, tokens.cb);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('shows platform staff every CB (with unassigned dossiers), or the CB they name', async () => {
    const all = await figures(tokens.platform);
    expect(all).toEqual(expectedFigures(events));
    expect(all.dossiersByStatus.some((row) => row['cbId'] === null)).toBe(true);
    expect(await figures(tokens.platform, `&cbId=${otherCb}`)).toEqual(
      expectedFigures(events, ofCb(otherCb)),
    );
  });

  it("shows an organisation administrator his organisation's dossiers, whichever CB instructs them", async () => {
    const seen = await figures(tokens.org);
    expect(seen).toEqual(expectedFigures(events, (d) => d.organisationId === 'org-demo'));
    expect(new Set(seen.dossiersByStatus.map((row) => row['cbId']))).toEqual(
      new Set([null, 'cb-demo', otherCb]),
    );
  });

  it('refuses roles that do not read figures (auditor, organisation member)', async () => {
    for (const token of [tokens.auditor, tokens.member]) {
      expect((await get('dashboard', token)).status).toBe(403);
      expect((await get('export', token)).status).toBe(403);
    }
  });

  it('exports to Excel exactly what the JSON routes answer for the same filters', async () => {
    const query = 'schemeId=amarc&from=2025-01-01&to=2025-06-30';
    const res = await get(`export?${query}`, tokens.cb);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="certhub-analytics-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = (name: string): CellValue[][] => {
      const rows: CellValue[][] = [];
      workbook.getWorksheet(name)?.eachRow((row) => rows.push((row.values as CellValue[]).slice(1)));
      return rows.slice(1);
    };
    const json = async (report: string) =>
      ((await (await get(`${report}?${query}&pageSize=100`, tokens.cb)).json()) as { items: Json[] }).items;
    const cb = (row: Json) => row['cbId'] ?? '(unassigned)';

    const counters = withoutAsOf((await (await get(`dashboard?${query}`, tokens.cb)).json()) as Json);
    expect(sheet('Dashboard')).toEqual([
      ['Generated at', expect.any(String)],
      ['CB', 'all'],
      ['Scheme', 'amarc'],
      ['From', '2025-01-01'],
      ['To', '2025-06-30'],
      ...Object.entries(counters),
    ]);
    const byStatus = await json('dossiers-by-status');
    expect(byStatus.length).toBeGreaterThan(0);
    expect(sheet('Dossiers by status')).toEqual(
      byStatus.map((r) => [cb(r), r['schemeId'], r['status'], r['count']]),
    );
    expect(sheet('Lead times')).toEqual(
      (await json('lead-times')).map((r) => [
        r['metric'],
        cb(r),
        r['schemeId'],
        r['count'],
        r['avgDays'],
        r['p50Days'],
        r['p90Days'],
      ]),
    );
    expect(sheet('Findings by requirement')).toEqual(
      (await json('findings-by-requirement')).map((r) => [
        cb(r),
        r['schemeId'],
        r['requirementId'],
        r['severity'],
        r['raised'],
        r['open'],
        r['overdue'],
      ]),
    );
    const overdue = await json('overdue-findings');
    expect(overdue.length).toBeGreaterThan(0);
    expect(sheet('Overdue findings')).toEqual(
      overdue.map((r) => [
        r['number'],
        r['dossierId'],
        r['organisationId'],
        cb(r),
        r['schemeId'],
        r['requirementId'],
        r['severity'],
        new Date(r['raisedAt'] as string),
        new Date(r['dueDate'] as string),
        r['daysOverdue'],
      ]),
    );
  });

  it('counts audits per month, CB and scheme, as the audit events date them, and exports that sheet alone', async () => {
    const expected = new Map<string, number>();
    for (const e of events) {
      const d = e.data as Json;
      if (e.type !== 'certhub.dossier.audit_completed.v1' || d['cbId'] !== 'cb-demo') continue;
      const key = `${(d['at'] as string).slice(0, 7)} ${d['schemeId'] as string}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(expected.size).toBeGreaterThan(0);
    const rows: Json[] = [];
    for (let page = 1; ; page++) {
      const body = (await (await get(`audits-per-month?pageSize=100&page=${page}`, tokens.cb)).json()) as {
        items: Json[];
        total: number;
      };
      rows.push(...body.items);
      if (rows.length >= body.total || !body.items.length) break;
    }
    expect(rows.every((r) => r['cbId'] === 'cb-demo')).toBe(true);
    expect(
      new Map(rows.map((r) => [`${r['month'] as string} ${r['schemeId'] as string}`, r['count']])),
    ).toEqual(expected);
    const months = rows.map((r) => r['month'] as string);
    expect(months).toEqual([...months].sort());

    const res = await get('export?report=audits-per-month', tokens.cb);
    expect(res.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Dashboard', 'Audits per month']);
    expect(workbook.getWorksheet('Audits per month')?.rowCount).toBe(rows.length + 1);
    expect((await get('export?report=everything', tokens.cb)).status).toBe(422);
  });

  it('validates the filters the same way for JSON and Excel, and pages every list', async () => {
    for (const path of ['dashboard?from=2025-02-01&to=2025-01-01', 'export?from=2025-02-01&to=2025-01-01']) {
      const res = await get(path, tokens.platform);
      expect(res.status).toBe(422);
      expect(((await res.json()) as { errors: { field: string }[] }).errors).toEqual([
        expect.objectContaining({ field: 'to' }),
      ]);
    }
    expect((await get('export?colour=blue', tokens.platform)).status).toBe(422);
    expect((await get('lead-times?sort=colour', tokens.platform)).status).toBe(422);

    const all = (
      (await (await get('dossiers-by-status?pageSize=100&sort=-count', tokens.platform)).json()) as {
        items: Json[];
      }
    ).items;
    const second = (await (
      await get('dossiers-by-status?pageSize=3&page=2&sort=-count', tokens.platform)
    ).json()) as Json;
    expect(second).toEqual({ items: all.slice(3, 6), page: 2, pageSize: 3, total: all.length });
  });
});
