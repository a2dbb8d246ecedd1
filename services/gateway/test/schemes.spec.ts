import { TestStack, passwordToken, type ServiceProcess, serviceDatabase } from '@certhub/testing';
import { Workbook } from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Schemes and questionnaire exports through the gateway against real services (schemes seeded at start). */
describe('schemes and questionnaire exports through the gateway', () => {
  let stack: TestStack;
  let gateway: ServiceProcess;
  let tokens: Record<'org' | 'cb' | 'platform', string>;

  beforeAll(async () => {
    stack = await TestStack.start(['gateway', 'identity', 'dossier'], { RATE_LIMIT_PER_MINUTE: '100000' });
    gateway = stack.service('gateway');
    tokens = {
      org: await passwordToken('org.admin@certhub.local'),
      cb: await passwordToken('cb.admin@certhub.local'),
      platform: await passwordToken('platform.admin@certhub.local'),
    };
  }, 120_000);
  afterAll(() => stack?.stop());

  const call = (who: keyof typeof tokens, path: string, init: RequestInit = {}) =>
    fetch(`${gateway.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    });
  const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
  const squash = (text: string) => text.replace(/\s+/g, ' ');

  const readXlsx = async (res: Response): Promise<string[][]> => {
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.getWorksheet('Questionnaire')?.eachRow((row) => {
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
      );
    });
    return rows;
  };
  const readPdf = async (res: Response): Promise<string> => {
    const dir = mkdtempSync(join(tmpdir(), 'certhub-pdf-'));
    try {
      const file = join(dir, 'q.pdf');
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      return squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  type Summary = { schemeId: string; version: string; versions: string[]; requirementCount: number };
  type Scheme = {
    schemeId: string;
    version: string;
    chapters: { requirements: { id: string; applicability: Record<string, boolean> }[] }[];
    questionnaire: { sections: { questions: { id: string }[] }[] };
    publishedBy: string;
  } & Record<string, unknown>;

  it('lists the seeded schemes to any tenant, filtered by kind and text', async () => {
    const res = await call('org', '/api/v1/schemes');
    expect(res.status).toBe(200);
    const page = await json<{ items: Summary[]; total: number }>(res);
    expect(page.items.map((s) => s.schemeId)).toEqual(['amarc', 'label-engagement']);
    expect(page.items.find((s) => s.schemeId === 'amarc')?.requirementCount).toBe(67);

    const found = await json<{ items: Summary[] }>(await call('cb', '/api/v1/schemes?q=insatisfaction'));
    expect(found.items.map((s) => s.schemeId)).toEqual(['amarc']);
    const none = await json<{ total: number }>(await call('cb', '/api/v1/schemes?kind=individual'));
    expect(none.total).toBe(0);
    expect((await call('cb', '/api/v1/schemes?kind=robot')).status).toBe(422);
  });

  it('documents the scheme routes, reads shared by every tenant, with a self-contained body schema', async () => {
    const doc = await json<{ paths: Record<string, Record<string, Record<string, unknown>>> }>(
      await fetch(`${gateway.url}/api/openapi.json`),
    );
    expect(doc.paths['/api/v1/schemes']?.['get']?.['x-tenant-shared']).toBe(true);
    expect(doc.paths['/api/v1/schemes/{schemeId}']?.['get']?.['x-tenant-shared']).toBe(true);
    expect(doc.paths['/api/v1/schemes']?.['post']?.['x-roles']).toEqual(['scheme_manager', 'platform_admin']);
    // No JSON Schema $defs left dangling once the body is cut into the document.
    expect(JSON.stringify(doc.paths['/api/v1/schemes'])).not.toContain('$defs');
  });

  it('serves one scheme, latest or a given version, and 404 for what does not exist', async () => {
    const res = await call('org', '/api/v1/schemes/amarc');
    expect(res.status).toBe(200);
    const amarc = await json<Scheme>(res);
    const ids = amarc.chapters.flatMap((c) => c.requirements.map((r) => r.id));
    expect(ids[0]).toBe('1.1');
    expect(ids[ids.length - 1]).toBe('6.6');
    expect(amarc.chapters.flatMap((c) => c.requirements).find((r) => r.id === '1.2')?.applicability).toEqual({
      A: false,
      B: true,
    });
    expect((await call('org', '/api/v1/schemes/amarc?version=2024.1')).status).toBe(200);
    expect((await call('org', '/api/v1/schemes/amarc?version=1999.1')).status).toBe(404);
    expect((await call('org', '/api/v1/schemes/nothing-here')).status).toBe(404);
  });

  it('publishes a new version for the platform only: 403 for a CB, 422 invalid, 409 on an existing version', async () => {
    const label = await json<Scheme>(await call('org', '/api/v1/schemes/label-engagement'));
    const { publishedAt: _at, publishedBy: _by, ...definition } = label;
    const next = { ...definition, version: '2024.2', title: 'Label Engagement Qualité Région — v2' };

    const refused = await call('cb', '/api/v1/schemes', { method: 'POST', body: JSON.stringify(next) });
    expect(refused.status).toBe(403);

    const invalid = await call('platform', '/api/v1/schemes', {
      method: 'POST',
      body: JSON.stringify({
        ...next,
        chapters: [],
        cycle: { ...((next as Record<string, unknown>)['cycle'] as object), validityMonths: 0 },
      }),
    });
    expect(invalid.status).toBe(422);
    const problem = await json<{ errors: { field: string }[] }>(invalid);
    expect(problem.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['chapters', 'cycle.validityMonths']),
    );

    const created = await call('platform', '/api/v1/schemes', { method: 'POST', body: JSON.stringify(next) });
    expect(created.status).toBe(201);
    expect(await json<Summary>(created)).toMatchObject({ version: '2024.2', versions: ['2024.1', '2024.2'] });

    const again = await call('platform', '/api/v1/schemes', { method: 'POST', body: JSON.stringify(next) });
    expect(again.status).toBe(409);

    const latest = await json<Scheme>(await call('cb', '/api/v1/schemes/label-engagement'));
    expect([latest.version, latest['title']]).toEqual(['2024.2', 'Label Engagement Qualité Région — v2']);
    const first = await json<Scheme>(await call('cb', '/api/v1/schemes/label-engagement?version=2024.1'));
    expect(first['title']).toBe(label['title']);
  });

  const CONDITION =
    'Question posée si la réponse à la question 43 (« Disposez-vous d’un référent handicap ? ») est « Oui »';

  it('exports the blank questionnaire as Excel with every question and its condition in words', async () => {
    const res = await call('org', '/api/v1/schemes/label-engagement/questionnaire.xlsx?version=2024.1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const rows = await readXlsx(res);
    const q44 = rows.find((r) => r[0] === '44');
    expect(q44).toEqual([
      '44',
      'Nom et coordonnées du référent handicap',
      'Oui',
      'Texte (500 caractères au plus)',
      CONDITION,
    ]);
    expect(rows.find((r) => r[0] === '45')?.[4]).toBe(CONDITION);
    expect(rows.find((r) => r[0] === '43')?.[1]).toBe('Disposez-vous d’un référent handicap ?');
    expect(rows.filter((r) => /^\d+$/.test(r[0] ?? ''))).toHaveLength(49);
  });

  it('exports the blank questionnaire as a PDF with the question texts and conditions', async () => {
    const res = await call('cb', '/api/v1/schemes/label-engagement/questionnaire.pdf?version=2024.1');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = await readPdf(res);
    expect(text).toContain('43. Disposez-vous d’un référent handicap ? *');
    expect(text).toContain('44. Nom et coordonnées du référent handicap *');
    expect(text).toContain(CONDITION);
    expect(text).toContain("Fichiers joints : jusqu'à 8 de 8 Mo chacun");
    expect(text).toContain('modele-declaration-sites.xlsx');
  });

  it('refuses an export of an unknown scheme with a problem, before any byte', async () => {
    const res = await call('org', '/api/v1/schemes/nothing-here/questionnaire.pdf');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('exports a filled questionnaire without hidden questions, with answers and comments', async () => {
    const created = await call('org', '/api/v1/dossiers', {
      method: 'POST',
      body: JSON.stringify({ schemeId: 'label-engagement', schemeVersion: '2024.1', cbId: 'cb-demo' }),
    });
    expect(created.status).toBe(201);
    const dossier = await json<{ id: string; reference: string; questionnaire: { revision: number } }>(
      created,
    );
    // Answers written straight into the dossier's document: this test is about the exports, not
    // about draft saves (covered by the dossier service's own tests).
    const db = await serviceDatabase(stack, 'dossier');
    try {
      const answers = {
        q2: { value: 'ACME Formation' },
        q27: { value: 'multi', comment: 'trois établissements' },
        q43: { value: false, comment: 'recrutement en cours' },
        // Left behind from an earlier "Oui": hidden now, so never exported.
        q44: { value: 'Jeanne Secret' },
      };
      const written = await db
        .collection<{ _id: string }>('dossiers')
        .updateOne({ _id: dossier.id }, { $set: { 'questionnaire.answers': answers } });
      expect(written.modifiedCount).toBe(1);
    } finally {
      await db.close();
    }

    const xlsx = await call('org', `/api/v1/dossiers/${dossier.id}/questionnaire.xlsx`);
    expect(xlsx.status).toBe(200);
    const rows = await readXlsx(xlsx);
    expect(rows.find((r) => r[0] === '2')?.[3]).toBe('ACME Formation');
    expect(rows.find((r) => r[0] === '27')?.slice(3)).toEqual(['Multi-sites', 'trois établissements']);
    expect(rows.find((r) => r[0] === '43')?.slice(3)).toEqual(['Non', 'recrutement en cours']);
    expect(rows.some((r) => r[0] === '44' || r[0] === '45')).toBe(false);
    // The conditional "how to declare sites" appears once the organisation says it is multi-site.
    const q29 = rows.find((r) => r[0] === '29');
    expect([q29?.[1], q29?.[3] ?? '']).toEqual(['Déclaration des sites et sous-traitants', '']);
    expect(rows.flat().join(' ')).toContain(dossier.reference);

    const pdf = await call('cb', `/api/v1/dossiers/${dossier.id}/questionnaire.pdf`);
    expect(pdf.status).toBe(200);
    const text = await readPdf(pdf);
    expect(text).toContain('Réponse : ACME Formation');
    expect(text).toContain('Commentaire : recrutement en cours');
    expect(text).not.toContain('Jeanne Secret');
    expect(text).not.toContain('44. Nom et coordonnées du référent handicap');

    expect((await call('org', '/api/v1/dossiers/not-a-dossier/questionnaire.pdf')).status).toBe(404);
  });
});
