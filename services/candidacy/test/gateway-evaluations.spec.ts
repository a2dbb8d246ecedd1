import { uniqueId } from '@certhub/testing';
import ExcelJS from 'exceljs';
import {
  evaluate,
  evaluator,
  gatewayStack,
  habilitate,
  inDays,
  person,
  recentTraining,
  scores,
} from './support/candidacy-fixtures';

type Body = Record<string, unknown>;

/**
 * Evaluations and trainings through the gateway, with real uploads into the candidate's document
 * context: the demo establishment A habilitated by the demo certifier, B without a habilitation in force.
 */
describe('/api/v1 evaluations and trainings through the gateway', () => {
  const gateway = gatewayStack(['network.admin', 'establishment.a', 'establishment.b', 'certifier'], {
    habilitated: true,
  });

  /** A real PDF upload into the candidate's context, each with its own content. */
  const upload = (c: Body, filename: string) =>
    gateway.upload(
      'establishment.a',
      c['filesContextId'] as string,
      filename,
      `%PDF-1.7\n${uniqueId(filename)}`,
    );
  const { api } = gateway;

  async function candidate(): Promise<Body> {
    return gateway.ok('establishment.a', 'POST', '/candidates', person());
  }

  it('drafts, saves and finalises a preliminary evaluation; one not validated awaits a final one', async () => {
    const c = await candidate();
    const id = c['id'] as string;
    expect(c['filesContextId']).toBe(`candidate:${id}:files`);
    const opened = await api('establishment.a', 'POST', `/candidates/${id}/evaluations`, evaluator);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ kind: 'preliminary', status: 'draft', acquired: 0, subDomains: 28 });
    // One draft at a time.
    expect((await api('establishment.a', 'POST', `/candidates/${id}/evaluations`, evaluator)).status).toBe(
      409,
    );
    const evaluationId = opened.body['id'] as string;

    const incomplete = await api(
      'establishment.a',
      'POST',
      `/candidates/${id}/evaluations/${evaluationId}/finalisation`,
      {
        version: opened.body['candidateVersion'],
      },
    );
    expect(incomplete.status).toBe(422);
    expect((incomplete.body['errors'] as { field: string }[]).map((e) => e.field)).toContain(
      'matrixDocumentId',
    );

    const unknown = await api('establishment.a', 'PUT', `/candidates/${id}/evaluations/${evaluationId}`, {
      ...evaluator,
      scores: [{ subDomainId: '9.9', acquired: true }],
      version: opened.body['candidateVersion'],
    });
    expect(unknown.status).toBe(422);
    // A document id that is not in the candidate's context is refused, naming the field.
    const foreign = await api('establishment.a', 'PUT', `/candidates/${id}/evaluations/${evaluationId}`, {
      ...evaluator,
      scores: [],
      matrixDocumentId: 'doc_nope',
      version: opened.body['candidateVersion'],
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body['errors']).toEqual([expect.objectContaining({ field: 'matrixDocumentId' })]);

    const matrix = await upload(c, 'matrice.pdf');
    const current = await gateway.ok('establishment.a', 'GET', `/candidates/${id}`);
    const saved = await gateway.ok(
      'establishment.a',
      'PUT',
      `/candidates/${id}/evaluations/${evaluationId}`,
      {
        ...evaluator,
        scores: await scores(gateway, ['1.4', '2.2']),
        matrixDocumentId: matrix,
        version: current['version'],
      },
    );
    expect(saved).toMatchObject({ status: 'draft', acquired: 26 });
    const done = await gateway.ok(
      'establishment.a',
      'POST',
      `/candidates/${id}/evaluations/${evaluationId}/finalisation`,
      {
        version: saved['candidateVersion'],
      },
    );
    expect(done).toMatchObject({ status: 'finalised', validated: false, kind: 'preliminary' });
    expect(await gateway.ok('establishment.a', 'GET', `/candidates/${id}`)).toMatchObject({
      status: 'awaiting_final_evaluation',
    });
    // Finalised: no more edits, and its matrix is evidence now (cannot be deleted).
    expect(
      (
        await api('establishment.a', 'PUT', `/candidates/${id}/evaluations/${evaluationId}`, {
          ...evaluator,
          scores: [],
          version: done['candidateVersion'],
        })
      ).status,
    ).toBe(409);
    expect((await api('establishment.a', 'DELETE', `/documents/${matrix}`)).status).toBe(409);
    const trail = await gateway.ok('establishment.a', 'GET', `/candidates/${id}/trail`);
    expect((trail['items'] as Body[]).map((t) => t['action'])).toEqual(
      expect.arrayContaining(['open_evaluation', 'save_evaluation', 'record_preliminary_evaluation']),
    );
  });

  it('needs a training with a certificate of attendance before the final evaluation, then validates on 28 acquired', async () => {
    const c = await candidate();
    const id = c['id'] as string;
    await evaluate(gateway, c, ['3.1']);
    // No training yet: the final evaluation cannot open.
    const early = await api('establishment.a', 'POST', `/candidates/${id}/evaluations`, evaluator);
    expect(early.status).toBe(409);
    expect(early.body['errors']).toMatchObject({ guard: 'trained_since_evaluation' });

    const training = {
      title: 'Module numérique',
      startsOn: '2026-11-10',
      endsOn: '2026-11-20',
      durationHours: 21,
      domainIds: ['3'],
    };
    expect(
      (await api('establishment.a', 'POST', `/candidates/${id}/trainings`, { ...training, domainIds: ['8'] }))
        .status,
    ).toBe(422);
    expect(
      (
        await api('establishment.a', 'POST', `/candidates/${id}/trainings`, {
          ...training,
          endsOn: '2026-11-01',
        })
      ).status,
    ).toBe(422);
    // Without an attendance certificate it is recorded but opens nothing.
    expect((await api('establishment.a', 'POST', `/candidates/${id}/trainings`, training)).status).toBe(201);
    expect((await api('establishment.a', 'POST', `/candidates/${id}/evaluations`, evaluator)).status).toBe(
      409,
    );

    const certificate = await upload(c, 'attestation.pdf');
    const proof = await upload(c, 'emargement.pdf');
    const attended = await api('establishment.a', 'POST', `/candidates/${id}/trainings`, {
      ...training,
      attendanceCertificateDocumentId: certificate,
      proofDocumentIds: [proof],
    });
    expect(attended.status).toBe(201);
    expect(attended.body).toMatchObject({
      attendanceCertificateDocumentId: certificate,
      proofDocumentIds: [proof],
    });
    const trainings = await gateway.ok('network.admin', 'GET', `/candidates/${id}/trainings`);
    expect(trainings['total']).toBe(2);

    const final = await evaluate(gateway, c, []);
    expect(final).toMatchObject({ kind: 'final', validated: true, acquired: 28 });
    expect(await gateway.ok('establishment.a', 'GET', `/candidates/${id}`)).toMatchObject({
      status: 'to_send',
    });
    const listed = await gateway.ok('certifier', 'GET', `/candidates/${id}/evaluations`);
    expect((listed['items'] as Body[]).map((e) => [e['kind'], e['validated']])).toEqual([
      ['preliminary', false],
      ['final', true],
    ]);
  });

  it('corrects a recorded training at the version read, and its certificate of attendance opens the final evaluation', async () => {
    const c = await candidate();
    const id = c['id'] as string;
    await evaluate(gateway, c, ['3.1']);
    const form = {
      title: 'Module numérique',
      startsOn: '2026-11-10',
      endsOn: '2026-11-20',
      durationHours: 21,
      domainIds: ['3'],
    };
    const recorded = await gateway.ok('establishment.a', 'POST', `/candidates/${id}/trainings`, form);
    const path = `/candidates/${id}/trainings/${String(recorded['id'])}`;
    const version = recorded['candidateVersion'] as number;
    const certificate = await upload(c, 'attestation.pdf');
    const corrected = { ...form, durationHours: 24, attendanceCertificateDocumentId: certificate };

    expect(
      (await api('establishment.a', 'PUT', path, { ...corrected, version: version - 1 })).body,
    ).toMatchObject({
      status: 409,
      title: 'stale version',
    });
    expect(
      (await api('establishment.a', 'PUT', path, { ...corrected, domainIds: ['8'], version })).status,
    ).toBe(422);
    expect(
      (
        await api('establishment.a', 'PUT', `/candidates/${id}/trainings/trn_unknown`, {
          ...corrected,
          version,
        })
      ).status,
    ).toBe(404);
    // Another establishment does not reach the candidate.
    expect((await api('establishment.b', 'PUT', path, { ...corrected, version })).status).toBe(404);

    const edited = await gateway.ok('establishment.a', 'PUT', path, { ...corrected, version });
    expect(edited).toMatchObject({
      id: recorded['id'],
      durationHours: 24,
      attendanceCertificateDocumentId: certificate,
      recordedAt: recorded['recordedAt'],
      editedBy: expect.any(String),
    });
    const trail = await gateway.ok('establishment.a', 'GET', `/candidates/${id}/trail?pageSize=100`);
    expect((trail['items'] as Body[]).find((t) => String(t['what']).includes('corrected'))).toBeDefined();

    // The certificate of attendance added by the correction opens the final evaluation.
    expect(await evaluate(gateway, c, [])).toMatchObject({ kind: 'final', validated: true });
    // To send: trainings are no longer recorded, nor corrected.
    const late = await api('establishment.a', 'PUT', path, {
      ...corrected,
      version: edited['candidateVersion'],
    });
    expect(late.status).toBe(409);
  });

  it('hands out the matrix as an Excel template and takes it back filled, naming each wrong row', async () => {
    const c = await candidate();
    const id = c['id'] as string;
    const opened = await gateway.ok('establishment.a', 'POST', `/candidates/${id}/evaluations`, evaluator);
    const matrixPath = `/candidates/${id}/evaluations/${String(opened['id'])}/matrix`;
    const template = await gateway.file('establishment.a', 'GET', `${matrixPath}.xlsx`);
    expect([template.status, template.type]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect((await gateway.file('establishment.b', 'GET', `${matrixPath}.xlsx`)).status).toBe(404);

    // The evaluator fills every row: all acquired but 3.1.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Matrice') as ExcelJS.Worksheet;
    const codes: string[] = [];
    sheet.eachRow((row) => {
      const code = String(row.getCell(1).value ?? '');
      if (!/^\d+\.\d+$/.test(code)) return;
      codes.push(code);
      row.getCell(4).value = code === '3.1' ? 'Non' : 'Oui';
    });
    expect(codes).toHaveLength(28);
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const send = async (version: unknown) =>
      gateway.file('establishment.a', 'PUT', `${matrixPath}?version=${String(version)}`, {
        bytes: Buffer.from(await book.xlsx.writeBuffer()),
        type: xlsx,
      });

    const saved = await send(opened['candidateVersion']);
    expect(saved.status).toBe(200);
    const evaluation = JSON.parse(saved.bytes.toString()) as Body;
    expect(evaluation['scores']).toHaveLength(28);
    expect((evaluation['scores'] as Body[]).filter((s) => !s['acquired'])).toEqual([
      expect.objectContaining({ subDomainId: '3.1' }),
    ]);
    // Stale version: 409; a wrong row: 422 naming it, and nothing saved.
    expect((await send(opened['candidateVersion'])).status).toBe(409);
    let wrongRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === '5.2') {
        row.getCell(4).value = 'Peut-être';
        wrongRow = n;
      }
    });
    const refused = await send(evaluation['candidateVersion']);
    expect(refused.status).toBe(422);
    expect(JSON.parse(refused.bytes.toString())).toMatchObject({
      errors: [
        {
          field: `rows.${wrongRow}`,
          message: expect.stringMatching(/^5\.2: "acquired" is Oui, Non or empty/),
        },
      ],
    });
    const sheetPdf = await gateway.file('establishment.a', 'GET', `/candidates/${id}/sheet.pdf`);
    expect([sheetPdf.status, sheetPdf.type, sheetPdf.bytes.subarray(0, 5).toString()]).toEqual([
      200,
      'application/pdf',
      '%PDF-',
    ]);
    expect((await gateway.file('establishment.b', 'GET', `/candidates/${id}/sheet.pdf`)).status).toBe(404);
  });

  it('reopens the latest finalised evaluation for organisation administrators and above only', async () => {
    const c = await candidate();
    const id = c['id'] as string;
    const done = await evaluate(gateway, c, []);
    expect(await gateway.ok('establishment.a', 'GET', `/candidates/${id}`)).toMatchObject({
      status: 'to_send',
    });
    const path = `/candidates/${id}/evaluations/${String(done['id'])}/reopening`;
    expect((await api('establishment.a', 'POST', path, { reason: 'Erreur de saisie' })).status).toBe(403);
    const reopened = await api('network.admin', 'POST', path, { reason: 'Erreur de saisie' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({
      status: 'draft',
      reopenings: [expect.objectContaining({ reason: 'Erreur de saisie' })],
    });
    expect(reopened.body['validated']).toBeUndefined();
    expect(await gateway.ok('establishment.a', 'GET', `/candidates/${id}`)).toMatchObject({
      status: 'awaiting_preliminary_evaluation',
    });
    // A draft is not reopened.
    expect((await api('network.admin', 'POST', path, { reason: 'encore' })).status).toBe(409);
    // Evaluations of a candidate are not deleted with him: recorded ones forbid the deletion.
    expect((await api('establishment.a', 'DELETE', `/candidates/${id}`)).status).toBe(409);
  });

  it('refuses evaluations and trainings without a habilitation in force', async () => {
    const c = await gateway.ok('establishment.b', 'POST', '/candidates', person('est-demo-b'));
    const refused = await api(
      'establishment.b',
      'POST',
      `/candidates/${String(c['id'])}/evaluations`,
      evaluator,
    );
    expect(refused.status).toBe(409);
    expect(refused.body['errors']).toMatchObject({ guard: 'habilitation_valid' });
    // Another establishment does not reach the candidate's evaluations at all.
    expect((await api('establishment.a', 'GET', `/candidates/${String(c['id'])}/evaluations`)).status).toBe(
      404,
    );
  });

  it('stops trainings and evaluations once the habilitation has expired, until it is renewed', async () => {
    // B's only habilitation ran out yesterday.
    const asked = await gateway.ok('establishment.b', 'POST', '/establishments/est-demo-b/habilitations', {
      certifierIds: ['cb-demo'],
    });
    const expired = await gateway.ok(
      'certifier',
      'PUT',
      `/habilitations/${String((asked['items'] as Body[])[0]?.['id'])}/decision`,
      { decision: 'validated', startsOn: inDays(-400), endsOn: inDays(-1) },
    );
    expect(expired).toMatchObject({ status: 'validated', valid: false, expired: true });
    // A candidate evaluated at A moves to B, where his training cannot be recorded.
    const c = await candidate();
    const id = c['id'] as string;
    await evaluate(gateway, c, ['3.1']);
    const transfer = await gateway.ok('establishment.b', 'POST', `/candidates/${id}/transfer-requests`, {
      establishmentId: 'est-demo-b',
      reason: 'candidate_moved',
    });
    await gateway.ok('certifier', 'PUT', `/transfer-requests/${String(transfer['id'])}/decision`, {
      decision: 'accepted',
    });
    // His files follow him: B now uploads into his context, A no longer does.
    await expect(
      gateway.upload('establishment.b', c['filesContextId'] as string, 'attestation.pdf', '%PDF-1.7\nB'),
    ).resolves.toEqual(expect.any(String));
    await expect(upload(c, 'apres-depart.pdf')).rejects.toThrow(/→ 40[34]/);
    const refused = await api('establishment.b', 'POST', `/candidates/${id}/trainings`, recentTraining);
    expect(refused).toMatchObject({ status: 409, body: { errors: { guard: 'habilitation_valid' } } });
    expect((await api('establishment.b', 'GET', `/candidates/${id}/trainings`)).body).toMatchObject({
      total: 0,
    });

    // Renewed (asked again, validated from today), B records it.
    await habilitate(gateway, 'establishment.b', 'est-demo-b');
    expect((await api('establishment.b', 'POST', `/candidates/${id}/trainings`, recentTraining)).status).toBe(
      201,
    );
  });

  it('takes a candidate’s proofs as PDF, Excel, Word or Zip of 4 MB at most, into his own context only', async () => {
    const c = await candidate();
    const context = c['filesContextId'] as string;
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Émargement').addRow(['Élodie', 'présente']);
    await expect(
      gateway.upload(
        'establishment.a',
        context,
        'emargement.xlsx',
        Buffer.from(await book.xlsx.writeBuffer()),
      ),
    ).resolves.toEqual(expect.any(String));
    const pdfOf = (bytes: number) =>
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes - 9, 0x20)]);
    await expect(
      gateway.upload('establishment.a', context, 'limite.pdf', pdfOf(4 * 1024 ** 2)),
    ).resolves.toEqual(expect.any(String));
    await expect(
      gateway.upload('establishment.a', context, 'trop-gros.pdf', pdfOf(4 * 1024 ** 2 + 1)),
    ).rejects.toThrow(/→ 413/);
    await expect(gateway.upload('establishment.a', context, 'notes.txt', 'des notes')).rejects.toThrow(
      /→ 4(15|22)/,
    );
    // Another establishment of the network neither writes into it nor reads it; the network's head does.
    await expect(gateway.upload('establishment.b', context, 'autre.pdf', '%PDF-1.7\nautre')).rejects.toThrow(
      /→ 40[34]/,
    );
    const proof = await upload(c, 'preuve.pdf');
    expect((await gateway.file('establishment.b', 'GET', `/documents/${proof}/content`)).status).toBe(404);
    expect((await gateway.file('network.admin', 'GET', `/documents/${proof}/content`)).status).toBe(200);
  });
});
