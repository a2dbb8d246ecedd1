import { DossierEvents, type EventType } from '@certhub/contracts';
import { AMARC_COMPLETE, pick } from './support/amarc';
import { CB, DossierHarness, ORG } from './support/dossier-harness';

/**
 * The application up to the contract (docs/domain/organisation-certification.md#admissibility-questionnaire):
 * draft saves with optimistic concurrency, submit refused with every missing question, read-only after
 * submit, assignment, findings on answers, the applicant's corrections, admissibility, contract; each step's
 * events in order.
 */
describe('admissibility questionnaire', () => {
  let h: DossierHarness;

  beforeAll(async () => {
    h = await DossierHarness.start();
  }, 120_000);
  afterAll(() => h?.stop());

  const open = () =>
    h.call('dossier.dossiers.create', { schemeId: 'amarc', level: 'A', cbId: CB }, h.cast.orgAdmin);

  it('opens a dossier with a per-CB reference and the holder from identity', async () => {
    const [a, b] = [await open(), await open()];
    expect(a).toMatchObject({
      organisationId: ORG,
      cbId: CB,
      schemeId: 'amarc',
      level: 'A',
      status: 'draft',
    });
    expect(a.reference).toMatch(/^DEMO-\d{4}-\d{6}$/);
    expect(Number(b.reference.slice(-6))).toBe(Number(a.reference.slice(-6)) + 1);
    const stored = await h.dossiers.findOne({ _id: a.id as never });
    expect(stored?.['tenantId']).toEqual([ORG, CB]);
    expect(stored?.['holder']).toMatchObject({ name: 'Ateliers Démo CertHub SAS', siren: '901234567' });

    expect(
      await h.failure('dossier.dossiers.create', { schemeId: 'amarc', cbId: CB }, h.cast.orgAdmin),
    ).toMatchObject({
      code: 'validation_failed',
    });
    expect(
      await h.failure(
        'dossier.dossiers.create',
        { schemeId: 'amarc', level: 'A', cbId: 'cb-nowhere' },
        h.cast.orgAdmin,
      ),
    ).toMatchObject({ code: 'validation_failed' });
    expect(
      await h.failure(
        'dossier.dossiers.create',
        { schemeId: 'amarc', level: 'A', cbId: CB },
        h.cast.orgMember,
      ),
    ).toMatchObject({ code: 'forbidden' });
  });

  it('refuses a stale save with 409 and overwrites nothing', async () => {
    const d = await open();
    const first = await h.call(
      'dossier.questionnaire.save',
      { dossierId: d.id, revision: 0, answers: pick(AMARC_COMPLETE, 'siret', 'contact') },
      h.cast.orgMember,
    );
    expect(first.questionnaire.revision).toBe(1);
    // A second tab still at revision 0.
    const stale = await h.failure(
      'dossier.questionnaire.save',
      { dossierId: d.id, revision: 0, answers: { contact: { value: 'écrasé' } } },
      h.cast.orgAdmin,
    );
    expect(stale).toMatchObject({ code: 'stale_version', details: { currentRevision: 1 } });
    const q = await h.call('dossier.questionnaire.get', { dossierId: d.id }, h.cast.orgAdmin);
    expect(q.revision).toBe(1);
    expect(q.answers['contact']).toEqual(AMARC_COMPLETE['contact']);

    const invalid = await h.failure(
      'dossier.questionnaire.save',
      {
        dossierId: d.id,
        revision: 1,
        answers: { effectif: { value: 'beaucoup' }, inconnue: { value: 'x' } },
      },
      h.cast.orgAdmin,
    );
    expect(invalid.code).toBe('validation_failed');
    expect((invalid.details as { questionId: string }[]).map((e) => e.questionId).sort()).toEqual([
      'effectif',
      'inconnue',
    ]);
    expect((await h.call('dossier.questionnaire.get', { dossierId: d.id }, h.cast.orgAdmin)).revision).toBe(
      1,
    );
  });

  it('refuses submit with the exact list of missing visible required questions, then goes the whole way', async () => {
    const d = await open();
    let revision = 0;
    const save = async (answers: Record<string, unknown>) => {
      const saved = await h.call(
        'dossier.questionnaire.save',
        { dossierId: d.id, revision, answers: answers as never },
        h.cast.orgMember,
      );
      revision = saved.questionnaire.revision;
    };
    await save(pick(AMARC_COMPLETE, 'siret', 'raison-sociale', 'adresse', 'contact'));
    const missingOf = async () => {
      const refused = await h.failure('dossier.questionnaire.submit', { dossierId: d.id }, h.cast.orgAdmin);
      expect(refused.code).toBe('validation_failed');
      return refused.details as { questionId: string; number?: string }[];
    };
    // "sites" (9) is hidden while "multisites" is not "Oui": not required.
    expect((await missingOf()).map((m) => m.questionId)).toEqual([
      'contact-email',
      'niveau',
      'relation',
      'multisites',
      'canal-digital',
      'depuis',
      'effectif',
      'lettre-engagement',
    ]);
    await save({
      ...pick(AMARC_COMPLETE, 'contact-email', 'niveau', 'relation'),
      multisites: { value: true },
    });
    expect(await missingOf()).toEqual([
      expect.objectContaining({ questionId: 'sites', number: '9' }),
      expect.objectContaining({ questionId: 'canal-digital' }),
      expect.objectContaining({ questionId: 'depuis' }),
      expect.objectContaining({ questionId: 'effectif' }),
      expect.objectContaining({ questionId: 'lettre-engagement' }),
    ]);
    // A file answer names a document of the question's context, nothing else (422 naming the answer).
    const letterContext = `dossier:${d.id}:question:lettre-engagement`;
    const placeholder = await h.failure(
      'dossier.questionnaire.save',
      { dossierId: d.id, revision, answers: { 'lettre-engagement': { value: ['doc-lettre-engagement'] } } },
      h.cast.orgMember,
    );
    expect(placeholder).toMatchObject({
      code: 'validation_failed',
      details: [
        {
          field: 'answers.lettre-engagement',
          message: `document doc-lettre-engagement does not exist in ${letterContext}: upload it there first`,
        },
      ],
    });
    const letter = await h.upload(letterContext, h.cast.orgMember);
    await save({ ...AMARC_COMPLETE, 'lettre-engagement': { value: [letter] } });

    const submitted = await h.call('dossier.questionnaire.submit', { dossierId: d.id }, h.cast.orgAdmin);
    expect(submitted.status).toBe('submitted');
    expect(submitted.questionnaire.submittedBy).toBe(h.cast.orgAdmin.userId);
    // Read-only now, its documents evidence: no deletion, no upload into the question (409).
    expect(
      await h.failure('document.documents.delete', { documentId: letter }, h.cast.orgMember),
    ).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/question:lettre-engagement is closed/),
    });
    await expect(h.upload(letterContext, h.cast.orgMember)).rejects.toThrow(/answered 409/);
    expect(
      await h.failure(
        'dossier.questionnaire.save',
        { dossierId: d.id, revision: submitted.questionnaire.revision, answers: { contact: { value: 'x' } } },
        h.cast.orgAdmin,
      ),
    ).toMatchObject({
      code: 'invalid_transition',
      details: { currentStatus: 'submitted', action: 'save_questionnaire' },
    });

    // The CB side: assignment, a finding on an answer, the correction, admissibility, contract.
    const assigned = await h.call(
      'dossier.dossiers.assign',
      { dossierId: d.id, analystId: h.cast.analyst.userId },
      h.cast.cbAdmin,
    );
    expect(assigned.analystId).toBe(h.cast.analyst.userId);
    expect(
      await h.failure(
        'dossier.dossiers.assign',
        { dossierId: d.id, analystId: h.cast.auditor.userId },
        h.cast.cbAdmin,
      ),
    ).toMatchObject({ code: 'validation_failed' });

    const nc = await h.call(
      'dossier.questionnaire-findings.raise',
      { dossierId: d.id, questionId: 'effectif', description: 'Effectif incohérent avec l’organigramme' },
      h.cast.analyst,
    );
    expect(nc).toMatchObject({ number: 'NC0001', status: 'open', questionId: 'effectif' });
    const nc2 = await h.call(
      'dossier.questionnaire-findings.raise',
      { dossierId: d.id, questionId: 'lettre-engagement', description: 'Lettre non signée' },
      h.cast.analyst,
    );
    expect(nc2.number).toBe('NC0002');
    // Editable again, but the letter sent stays: it is evidence of the submitted questionnaire.
    expect(
      await h.failure('document.documents.delete', { documentId: letter }, h.cast.orgMember),
    ).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/is evidence of dossier:.*:questionnaire/),
    });
    expect(
      await h.failure('dossier.questionnaire.resubmit', { dossierId: d.id }, h.cast.orgAdmin),
    ).toMatchObject({ code: 'invalid_transition', details: { guard: 'questionnaire_findings_answered' } });

    await h.call(
      'dossier.questionnaire-findings.answer',
      {
        dossierId: d.id,
        findingId: nc.id,
        correctedAnswer: { value: 6 },
        correctiveAction: 'Organigramme mis à jour',
      },
      h.cast.orgMember,
    );
    await h.call(
      'dossier.questionnaire-findings.answer',
      {
        dossierId: d.id,
        findingId: nc2.id,
        // The letter sent is evidence: the signed one is a new version of it.
        documentId: await h.replace(letter, h.cast.orgMember),
      },
      h.cast.orgMember,
    );
    const corrected = await h.call('dossier.questionnaire.resubmit', { dossierId: d.id }, h.cast.orgAdmin);
    expect(corrected.status).toBe('corrected');
    expect(
      (await h.call('dossier.questionnaire.get', { dossierId: d.id }, h.cast.analyst)).answers['effectif'],
    ).toEqual({
      value: 6,
    });
    expect(
      await h.failure('dossier.admissibility.declare', { dossierId: d.id }, h.cast.analyst),
    ).toMatchObject({ code: 'invalid_transition', details: { guard: 'questionnaire_findings_closed' } });
    for (const f of [nc, nc2])
      await h.call(
        'dossier.questionnaire-findings.close',
        { dossierId: d.id, findingId: f.id },
        h.cast.analyst,
      );
    const findings = await h.call(
      'dossier.questionnaire-findings.list',
      { dossierId: d.id },
      h.cast.orgAdmin,
    );
    expect(findings.items.map((f) => [f.number, f.status])).toEqual([
      ['NC0001', 'closed'],
      ['NC0002', 'closed'],
    ]);
    expect((await h.call('dossier.admissibility.declare', { dossierId: d.id }, h.cast.analyst)).status).toBe(
      'admissible',
    );
    // The signed offer: a document of the dossier's contract context (a question's will not do), then evidence.
    const contract = { dossierId: d.id, reference: 'OFFRE-2026-17', signedOn: '2026-03-01' };
    expect(
      await h.failure('dossier.contracts.record', { ...contract, documentId: letter }, h.cast.cbAdmin),
    ).toMatchObject({ code: 'validation_failed', details: [{ field: 'documentId' }] });
    const signed = await h.upload(`dossier:${d.id}:contract`, h.cast.orgAdmin);
    const contracted = await h.call(
      'dossier.contracts.record',
      { ...contract, documentId: signed },
      h.cast.cbAdmin,
    );
    expect(contracted).toMatchObject({
      status: 'contracted',
      contract: { reference: 'OFFRE-2026-17', documentId: signed },
    });
    expect(
      await h.failure('document.documents.delete', { documentId: signed }, h.cast.orgAdmin),
    ).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining(`is evidence of dossier:${d.id}:contract:OFFRE-2026-17`),
    });

    const types = (
      await h.waitForEvents(d.id, (events) => events.some((e) => e.type === 'certhub.dossier.admissible.v1'))
    ).map((e) => e.type);
    const expected: EventType[] = [
      'certhub.dossier.created.v1',
      'certhub.dossier.status_changed.v1',
      'certhub.dossier.submitted.v1',
      'certhub.dossier.assigned.v1',
      'certhub.dossier.status_changed.v1',
      'certhub.dossier.questionnaire_finding_raised.v1',
      'certhub.dossier.questionnaire_finding_raised.v1',
      'certhub.dossier.status_changed.v1',
      'certhub.dossier.status_changed.v1',
      'certhub.dossier.admissible.v1',
    ];
    expect(types.slice(0, expected.length)).toEqual(expected);
    // Every event parses with its catalogue schema.
    for (const e of await h.eventsOf(d.id))
      expect(DossierEvents[e.type as keyof typeof DossierEvents].schema.safeParse(e.data).success).toBe(true);

    const trail = await h.call('dossier.dossiers.trail', { dossierId: d.id, pageSize: 100 }, h.cast.orgAdmin);
    expect(trail.items[0]).toMatchObject({ action: 'record_contract', toStatus: 'contracted' });
    expect(trail.items.at(-1)).toMatchObject({ action: 'create', who: h.cast.orgAdmin.userId });
    expect(trail.items.find((t) => t.what.startsWith('finding NC0001 answered'))).toMatchObject({
      before: { answer: { value: 4 } },
      after: { answer: { value: 6 } },
    });
  });
});
