import { CB, DossierHarness, ORG } from './support/dossier-harness';
import { seedDossier } from './support/seed';

/** A dossier is its organisation's and its CB's, an auditor's only when booked on it. */
describe('dossier tenant scoping', () => {
  let h: DossierHarness;

  beforeAll(async () => {
    h = await DossierHarness.start();
  }, 120_000);
  afterAll(() => h?.stop());

  it('answers 404 to another organisation, another CB and an auditor not booked, for reads and changes', async () => {
    const d = await h.call(
      'dossier.dossiers.create',
      { schemeId: 'amarc', level: 'B', cbId: CB },
      h.cast.orgAdmin,
    );
    const strangers = [h.cast.otherOrgAdmin, h.cast.otherCbAnalyst, h.cast.auditor];
    for (const who of strangers) {
      for (const [subject, payload] of [
        ['dossier.dossiers.get', { dossierId: d.id }],
        ['dossier.questionnaire.get', { dossierId: d.id }],
        ['dossier.dossiers.trail', { dossierId: d.id }],
        ['dossier.decisions.list', { dossierId: d.id }],
        ['dossier.questionnaire-findings.list', { dossierId: d.id }],
      ] as const)
        expect(await h.failure(subject, payload, who)).toMatchObject({ code: 'not_found' });
    }
    expect(
      await h.failure(
        'dossier.questionnaire.save',
        { dossierId: d.id, revision: 0, answers: {} },
        {
          ...h.cast.otherOrgAdmin,
        },
      ),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await h.failure('dossier.questionnaire.submit', { dossierId: d.id }, h.cast.otherOrgAdmin),
    ).toMatchObject({ code: 'not_found' });

    // Its applicant and its CB read it and its trail.
    for (const who of [h.cast.orgAdmin, h.cast.orgMember, h.cast.analyst, h.cast.cbAdmin, h.cast.decider]) {
      expect((await h.call('dossier.dossiers.get', { dossierId: d.id }, who)).id).toBe(d.id);
      expect((await h.call('dossier.dossiers.trail', { dossierId: d.id }, who)).total).toBe(1);
    }
  });

  it('lets an auditor see only the dossiers he is booked on, and searches only within the caller’s scope', async () => {
    const booked = await seedDossier(h.db, { status: 'audit_planned', auditorIds: [h.cast.auditor.userId] });
    const notBooked = await seedDossier(h.db, { status: 'audit_planned' });
    expect((await h.call('dossier.dossiers.get', { dossierId: booked }, h.cast.auditor)).id).toBe(booked);
    expect(await h.failure('dossier.dossiers.get', { dossierId: notBooked }, h.cast.auditor)).toMatchObject({
      code: 'not_found',
    });
    const auditorView = await h.call('dossier.dossiers.search', { pageSize: 100 }, h.cast.auditor);
    expect(auditorView.items.map((x) => x.id)).toContain(booked);
    expect(auditorView.items.map((x) => x.id)).not.toContain(notBooked);

    const mine = await h.call(
      'dossier.dossiers.search',
      { status: ['audit_planned'], pageSize: 100 },
      h.cast.analyst,
    );
    expect(mine.items.map((x) => x.id)).toEqual(expect.arrayContaining([booked, notBooked]));
    expect(mine.items.every((x) => x.status === 'audit_planned' && x.cbId === CB)).toBe(true);
    // Asking for another CB's or organisation's dossiers narrows, never widens.
    expect((await h.call('dossier.dossiers.search', { cbId: 'cb-other' }, h.cast.analyst)).total).toBe(0);
    expect(
      (await h.call('dossier.dossiers.search', { organisationId: ORG }, h.cast.otherOrgAdmin)).total,
    ).toBe(0);
    expect((await h.call('dossier.dossiers.search', {}, h.cast.otherCbAnalyst)).total).toBe(0);
    expect((await h.call('dossier.dossiers.search', {}, h.cast.otherOrgAdmin)).total).toBe(0);
  });

  it('searches by status, scheme, reference text, with pages that do not overlap', async () => {
    const ids = [];
    for (let i = 0; i < 5; i += 1)
      ids.push(
        (
          await h.call(
            'dossier.dossiers.create',
            { schemeId: 'amarc', level: 'A', cbId: CB },
            h.cast.orgAdmin,
          )
        ).id,
      );
    const first = await h.call(
      'dossier.dossiers.search',
      { status: 'draft', schemeId: 'amarc', pageSize: 3 },
      h.cast.orgAdmin,
    );
    const second = await h.call(
      'dossier.dossiers.search',
      { status: 'draft', schemeId: 'amarc', pageSize: 3, page: 2 },
      h.cast.orgAdmin,
    );
    expect(first.total).toBeGreaterThanOrEqual(5);
    expect(first.items).toHaveLength(3);
    const seen = [...first.items, ...second.items].map((x) => x.id);
    expect(new Set(seen).size).toBe(seen.length);
    const one = await h.call('dossier.dossiers.get', { dossierId: ids[2] ?? '' }, h.cast.orgAdmin);
    const byReference = await h.call(
      'dossier.dossiers.search',
      { q: one.reference.slice(-6) },
      h.cast.analyst,
    );
    expect(byReference.items.map((x) => x.id)).toContain(one.id);
    // The list's schema names its sortable fields: anything else is refused at the edge, naming them.
    expect(
      await h.failure('dossier.dossiers.search', { sort: 'tenantId' as never }, h.cast.analyst),
    ).toMatchObject({
      code: 'validation_failed',
      details: [
        {
          message:
            'sort must be one of createdAt, updatedAt, reference, status, analystId, holderName, optionally prefixed with -',
        },
      ],
    });
  });
});
