import { mongoDbName } from '@certhub/platform';
import { passwordToken, ensureCbUser, projectCbUser } from '@certhub/testing';
import ExcelJS from 'exceljs';
import { day } from './audits-fixtures';
import { gatewayFixture, seedContracted } from './support/gateway-fixture';

/**
 * Auditor qualifications per scheme and the audit's result sheet through the gateway, with the demo
 * users' real tokens and one auditor of the demo CB who starts unqualified.
 */
describe('auditor qualifications and result sheets through the gateway', () => {
  const f = gatewayFixture(['cb.admin', 'analyst', 'auditor', 'novice.auditor', 'org.admin'], (f) =>
    ensureNovice(f.stack.prefix),
  );
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    for (const who of ['analyst', 'auditor', 'novice.auditor']) ids[who] = await f.gateway.userId(who);
    await f.gateway.qualify('auditor');
  });

  const api = (who: string, method: string, path: string, body?: unknown) =>
    f.gateway.api(who, method, path, body);
  const ok = (who: string, method: string, path: string, body?: unknown) =>
    f.gateway.ok(who, method, path, body);

  it('refuses to plan an auditor not qualified for the scheme on the audit’s days, then plans him', async () => {
    const novice = ids['novice.auditor']!;
    // The demo seeding may have qualified him (he is an auditor of the demo CB): start from none.
    const seeded = await ok('cb.admin', 'GET', `/auditor-qualifications?auditorId=${novice}`);
    for (const q of seeded.items) await ok('cb.admin', 'DELETE', `/auditor-qualifications/${q.id}`);

    const dossierId = await seedContracted(f);
    const plan = () =>
      api('analyst', 'POST', `/dossiers/${dossierId}/audits`, {
        type: 'initial',
        startDate: day(20),
        endDate: day(21),
        auditorIds: [novice],
      });
    const refused = await plan();
    expect(refused).toMatchObject({
      status: 422,
      type: expect.stringContaining('application/problem+json'),
      body: { errors: [{ field: 'auditorIds', message: expect.stringContaining('scheme amarc') }] },
    });

    // Only the CB's administrator keeps the register.
    const byAnalyst = await api('analyst', 'POST', '/auditor-qualifications', {
      auditorId: novice,
      schemeId: 'amarc',
      validFrom: day(0),
    });
    expect(byAnalyst.status).toBe(403);
    expect(
      await api('cb.admin', 'POST', '/auditor-qualifications', {
        auditorId: novice,
        schemeId: 'no-such-scheme',
        validFrom: day(0),
      }),
    ).toMatchObject({ status: 422, body: { errors: [{ field: 'schemeId' }] } });
    expect(
      await api('cb.admin', 'POST', '/auditor-qualifications', {
        auditorId: novice,
        schemeId: 'amarc',
        validFrom: day(5),
        validTo: day(1),
      }),
    ).toMatchObject({ status: 422, body: { errors: [{ field: 'validTo' }] } });

    // Qualified from the audit's second day: not every day is covered.
    const late = await ok('cb.admin', 'POST', '/auditor-qualifications', {
      auditorId: novice,
      schemeId: 'amarc',
      validFrom: day(21),
      validTo: day(400),
    });
    expect((await plan()).status).toBe(422);
    // Overlapping lines are refused, so the register reads as a history.
    expect(
      await api('cb.admin', 'POST', '/auditor-qualifications', {
        auditorId: novice,
        schemeId: 'amarc',
        validFrom: day(100),
      }),
    ).toMatchObject({ status: 409, body: { errors: { qualificationId: late.id } } });

    const moved = await ok('cb.admin', 'PUT', `/auditor-qualifications/${late.id}`, {
      version: late.version,
      validFrom: day(0),
      validTo: day(400),
    });
    expect(moved).toMatchObject({ validFrom: day(0), validTo: day(400), version: 1 });
    expect((await plan()).status).toBe(201);

    // The register: filtered, paginated; an auditor reads his own lines only.
    const register = await ok(
      'analyst',
      'GET',
      `/auditor-qualifications?auditorId=${novice}&validOn=${day(30)}`,
    );
    expect(register).toMatchObject({ total: 1, items: [{ id: late.id, schemeId: 'amarc' }] });
    const own = await ok('novice.auditor', 'GET', '/auditor-qualifications');
    expect(own.items.every((q: { auditorId: string }) => q.auditorId === novice)).toBe(true);
    expect(own.total).toBe(1);
    expect((await api('org.admin', 'GET', '/auditor-qualifications')).status).toBe(403);
  });

  it('records a verdict per requirement of the control plan, exported beside the report', async () => {
    const dossierId = await seedContracted(f);
    const audit = await ok('analyst', 'POST', `/dossiers/${dossierId}/audits`, {
      type: 'initial',
      startDate: day(-3),
      endDate: day(-3),
      auditorIds: [ids['auditor']],
    });
    const completed = await ok('auditor', 'POST', `/audits/${audit.id}/completion`, {
      version: audit.version,
      reportDocumentId: await f.gateway.upload('auditor', `audit:${audit.id}:report`),
    });
    const finding = await ok('auditor', 'POST', `/audits/${audit.id}/findings`, {
      requirementId: '1.1',
      severity: 'minor',
      description: 'La stratégie ne formalise pas l’écoute des clients.',
      dueDate: day(30),
    });

    const blank = await ok('auditor', 'GET', `/audits/${audit.id}/result-sheet`);
    expect(blank).toMatchObject({ complete: false, level: 'A', schemeId: 'amarc' });
    const plan: string[] = blank.rows.map((r: { requirementId: string }) => r.requirementId);
    expect(plan.length).toBeGreaterThan(3);
    expect(blank.rows[0]).toMatchObject({ requirementId: '1.1', findingNumbers: [finding.number] });

    const put = (verdicts: unknown[], version = completed.version) =>
      api('auditor', 'PUT', `/audits/${audit.id}/result-sheet`, { version, verdicts });
    const wrong = await put([
      { requirementId: '1.1', verdict: 'conform' },
      { requirementId: plan[1], verdict: 'non_conform' },
      { requirementId: '99.9', verdict: 'not_applicable', comment: 'Hors périmètre' },
    ]);
    expect(wrong).toMatchObject({ status: 422, type: expect.stringContaining('application/problem+json') });
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'verdicts.0.verdict',
      'verdicts.1.comment',
      'verdicts.2.requirementId',
    ]);
    expect(
      (await api('analyst', 'PUT', `/audits/${audit.id}/result-sheet`, { version: 1, verdicts: [] })).status,
    ).toBe(403);

    const [first, second, third, ...rest] = plan;
    const partial = await put([
      { requirementId: first, verdict: 'non_conform', comment: 'Voir la non-conformité' },
      { requirementId: second, verdict: 'not_applicable', comment: 'Aucune réclamation écrite reçue' },
      { requirementId: third, verdict: 'conform' },
    ]);
    expect(partial).toMatchObject({ status: 200, body: { complete: false } });
    // Rows given again replace those of the same requirements; the sheet completes.
    const full = await put(
      [
        { requirementId: third, verdict: 'conform', comment: 'Procédure à jour' },
        ...rest.map((r) => ({ requirementId: r, verdict: 'conform' })),
      ],
      partial.body.version,
    );
    expect(full).toMatchObject({ status: 200, body: { complete: true } });
    expect(full.body.rows[2]).toMatchObject({
      verdict: 'conform',
      comment: 'Procédure à jour',
      recordedBy: ids['auditor'],
    });

    // The applicant reads the sheet once the findings are declared recorded, not before.
    expect((await api('org.admin', 'GET', `/audits/${audit.id}/result-sheet`)).status).toBe(404);
    await ok('auditor', 'POST', `/audits/${audit.id}/findings-recorded`, { version: full.body.version });
    expect(await ok('org.admin', 'GET', `/audits/${audit.id}/result-sheet`)).toMatchObject({
      complete: true,
    });
    // Filed with the findings: no more changes.
    expect((await put([{ requirementId: first, verdict: 'conform' }], full.body.version + 1)).status).toBe(
      409,
    );

    const exported = await fetch(`${f.gatewayUrl}/api/v1/audits/${audit.id}/result-sheet.xlsx`, {
      headers: { authorization: `Bearer ${await passwordToken('analyst@certhub.local')}` },
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await exported.arrayBuffer()) as never);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    const row11 = rows.find((r) => r[1] === first)!;
    expect(row11.slice(4, 7)).toEqual(['Non conforme', 'Voir la non-conformité', finding.number]);
    expect(rows.filter((r) => r[4] === 'Conforme')).toHaveLength(rest.length + 1);
  });
});

/** A Keycloak user of the demo CB who audits, and his identity projection (as an invitation would make it). */
async function ensureNovice(prefix: string): Promise<void> {
  const noviceId = await ensureCbUser('novice.auditor@certhub.local', 'auditor');
  await projectCbUser(mongoDbName(prefix, 'identity'), noviceId, {
    email: 'novice.auditor@certhub.local',
    firstName: 'Novice',
    lastName: 'Auditor',
    role: 'auditor',
  });
}
