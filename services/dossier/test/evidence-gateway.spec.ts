import { ensureCbUser, uniqueId } from '@certhub/testing';
import { day } from './audits-fixtures';
import { gatewayFixture, plannedAudit } from './support/gateway-fixture';
import { AMARC_APPLICATION } from './support/amarc';

type Who = 'org.admin' | 'org.member' | 'cb.admin' | 'analyst' | 'auditor' | 'decider' | 'second.auditor';

/**
 * Documents as evidence through the gateway, real tokens of the demo users and a second auditor
 * who is not booked: file questions and the schemes' templates, every referenced document checked
 * (422 naming the field), the report hidden from the applicant until filed, need-to-know inside
 * the CB, and frozen evidence (409).
 */
describe('documents as evidence through the gateway', () => {
  const fixture = gatewayFixture(
    ['org.admin', 'org.member', 'cb.admin', 'analyst', 'auditor', 'decider', 'second.auditor'],
    async () => {
      await ensureCbUser('second.auditor@certhub.local', 'auditor');
    },
  );
  let auditorId: string;
  beforeAll(async () => {
    auditorId = await fixture.gateway.userId('auditor');
    await fixture.gateway.qualify('auditor');
  });

  const api = (who: Who, method: string, path: string, body?: unknown) =>
    fixture.gateway.api(who, method, path, body);
  const upload = async (who: Who, contextId: string, body = Buffer.from(`%PDF-1.7\n${uniqueId('pdf')}`)) => {
    const query = new URLSearchParams({ contextId, filename: 'piece.pdf' }).toString();
    const res = await fixture.gateway.file(who, 'POST', `/documents?${query}`, {
      bytes: body,
      type: 'application/octet-stream',
    });
    return {
      status: res.status,
      body: JSON.parse(res.bytes.toString()) as { documentId: string; detail?: string },
    };
  };
  /** 200 or 404 on the three ways into a document: its context's list, its metadata, its bytes. */
  const reads = async (who: Who, contextId: string, documentId: string) => [
    (await api(who, 'GET', `/documents?contextId=${encodeURIComponent(contextId)}`)).status,
    (await api(who, 'GET', `/documents/${documentId}`)).status,
    (await fixture.gateway.download(who, `/documents/${documentId}/content`)).status,
  ];

  it('gives each file question an upload context for the applicant, and the templates to download', async () => {
    const dossier = await api('org.admin', 'POST', '/dossiers', AMARC_APPLICATION);
    expect(dossier.status).toBe(201);
    const id = dossier.body.id as string;
    const letterContext = `dossier:${id}:question:lettre-engagement`;
    const letter = await upload('org.member', letterContext);
    expect(letter.status).toBe(201);
    // Not a file question: no context.
    expect((await upload('org.member', `dossier:${id}:question:siret`)).status).toBe(404);
    // The CB reads the applicant's files as it reads the dossier; an auditor not booked on it does not.
    expect(await reads('analyst', letterContext, letter.body.documentId)).toEqual([200, 200, 200]);
    expect(await reads('auditor', letterContext, letter.body.documentId)).toEqual([404, 404, 404]);
    expect((await upload('analyst', letterContext)).status).toBe(403);

    const refused = await api('org.member', 'PUT', `/dossiers/${id}/questionnaire`, {
      revision: 0,
      answers: { 'lettre-engagement': { value: ['doc-lettre-engagement'] } },
    });
    expect(refused).toMatchObject({ status: 422, type: expect.stringContaining('application/problem+json') });
    expect(refused.body.errors).toEqual([
      {
        field: 'answers.lettre-engagement',
        message: `document doc-lettre-engagement does not exist in ${letterContext}: upload it there first`,
      },
    ]);
    const saved = await api('org.member', 'PUT', `/dossiers/${id}/questionnaire`, {
      revision: 0,
      answers: { 'lettre-engagement': { value: [letter.body.documentId] } },
    });
    expect(saved.status).toBe(200);

    for (const [template, type] of [
      [
        'template-amarc-lettre-engagement',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        'template-label-engagement',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['template-label-sites', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]) {
      const res = await fixture.gateway.download('org.member', `/documents/${template}/content`);
      expect([template, res.status, res.headers.get('content-type')]).toEqual([template, 200, type]);
    }
  });

  it('hides the report from the applicant until filed, from an auditor not booked always; a filed report is frozen', async () => {
    const { dossierId, audit } = await plannedAudit(fixture, auditorId, {
      startDate: day(-2),
      endDate: day(-1),
    });
    const contextId = `audit:${audit.id}:report`;
    expect((await upload('second.auditor', contextId)).status).toBe(404);
    const report = await upload('auditor', contextId);
    expect(report.status).toBe(201);
    const reportId = report.body.documentId;
    expect(await reads('org.member', contextId, reportId)).toEqual([404, 404, 404]);
    expect(await reads('second.auditor', contextId, reportId)).toEqual([404, 404, 404]);
    for (const who of ['analyst', 'decider', 'cb.admin'] as Who[])
      expect(await reads(who, contextId, reportId)).toEqual([200, 200, 200]);

    // Only a document of this audit's report context is a report.
    const contract = await upload('org.member', `dossier:${dossierId}:contract`);
    for (const bad of ['doc-report', contract.body.documentId]) {
      const refused = await api('auditor', 'POST', `/audits/${audit.id}/completion`, {
        version: audit.version,
        reportDocumentId: bad,
      });
      expect(refused).toMatchObject({ status: 422, body: { errors: [{ field: 'reportDocumentId' }] } });
    }
    const done = await api('auditor', 'POST', `/audits/${audit.id}/completion`, {
      version: audit.version,
      reportDocumentId: reportId,
    });
    expect(done).toMatchObject({ status: 200, body: { status: 'completed' } });
    expect(await reads('org.member', contextId, reportId)).toEqual([200, 200, 200]);
    expect(await reads('second.auditor', contextId, reportId)).toEqual([404, 404, 404]);
    const deleted = await api('auditor', 'DELETE', `/documents/${reportId}`);
    expect(deleted).toMatchObject({ status: 409, type: expect.stringContaining('application/problem+json') });
  });

  it('closes the report context of a cancelled audit (409 on upload), still readable by the CB', async () => {
    const { audit } = await plannedAudit(fixture, auditorId, {
      startDate: day(40),
      endDate: day(40),
    });
    const contextId = `audit:${audit.id}:report`;
    const draft = await upload('auditor', contextId);
    expect(draft.status).toBe(201);
    const cancelled = await api('analyst', 'POST', `/audits/${audit.id}/cancellation`, {
      version: audit.version,
      reason: 'report à la demande de l’organisation',
    });
    expect(cancelled).toMatchObject({ status: 200, body: { status: 'cancelled' } });
    expect((await upload('auditor', contextId)).status).toBe(409);
    expect(await reads('analyst', contextId, draft.body.documentId)).toEqual([200, 200, 200]);
  });

  /**
   * A contracted dossier's initial audit of two days ending `endedDaysAgo`, its report filed by the
   * booked auditor. Each test takes days of its own: the same auditor cannot be booked twice.
   */
  async function auditWithReport(endedDaysAgo: number) {
    const { dossierId, audit } = await plannedAudit(fixture, auditorId, {
      startDate: day(-endedDaysAgo - 1),
      endDate: day(-endedDaysAgo),
    });
    const report = await upload('auditor', `audit:${audit.id}:report`);
    const done = (
      await api('auditor', 'POST', `/audits/${audit.id}/completion`, {
        version: audit.version,
        reportDocumentId: report.body.documentId,
      })
    ).body;
    return { dossierId, audit, done };
  }

  it('evidence: the booked auditor attaches files to the finding he records, read by the CB side only, closed with it', async () => {
    const { audit } = await auditWithReport(5);
    const nc = (
      await api('auditor', 'POST', `/audits/${audit.id}/findings`, {
        requirementId: '1.1',
        severity: 'major',
        description: 'Registre des réclamations absent',
        dueDate: day(30),
      })
    ).body;
    const contextId = `finding:${nc.id}:evidence`;
    const evidence = await upload('auditor', contextId);
    expect(evidence.status).toBe(201);
    const evidenceId = evidence.body.documentId;
    for (const who of ['auditor', 'analyst', 'cb.admin', 'decider'] as Who[])
      expect(await reads(who, contextId, evidenceId)).toEqual([200, 200, 200]);
    // The auditor's working papers are not the applicant's, nor another auditor's.
    for (const who of ['org.member', 'second.auditor'] as Who[])
      expect(await reads(who, contextId, evidenceId)).toEqual([404, 404, 404]);
    expect((await upload('analyst', contextId)).status).toBe(403);

    const rejected = await api('analyst', 'POST', `/findings/${nc.id}/rejection`, {
      version: nc.version,
      reason: 'Registre présenté après l’audit',
    });
    expect(rejected.body.status).toBe('rejected');
    const late = await upload('auditor', contextId);
    expect(late.status).toBe(409);
    expect(await reads('analyst', contextId, evidenceId)).toEqual([200, 200, 200]);
  });

  it('proofs: checked, read by the booked auditor only, frozen once sent, their context closed with the finding', async () => {
    const { dossierId, audit, done } = await auditWithReport(3);
    const nc = (
      await api('auditor', 'POST', `/audits/${audit.id}/findings`, {
        requirementId: '1.1',
        severity: 'minor',
        description: 'Politique non signée',
        dueDate: day(30),
        closingMeetingMeasures: 'Signature convenue en réunion de clôture',
      })
    ).body;
    await api('auditor', 'POST', `/audits/${audit.id}/findings-recorded`, { version: done.version });
    const f = nc.id as string;
    let current = (await api('analyst', 'POST', `/findings/${f}/confirmation`, { version: 0 })).body;
    current = (await api('analyst', 'POST', `/findings/${f}/proofs-request`, { version: current.version }))
      .body;
    expect(current.status).toBe('proofs_requested');

    const contextId = `finding:${f}:proofs`;
    const proof = await upload('org.member', contextId);
    expect(proof.status).toBe(201);
    const proofId = proof.body.documentId;
    expect(await reads('auditor', contextId, proofId)).toEqual([200, 200, 200]);
    expect(await reads('second.auditor', contextId, proofId)).toEqual([404, 404, 404]);

    const refused = await api('org.member', 'POST', `/findings/${f}/items`, {
      version: current.version,
      kind: 'proof',
      text: 'Politique signée',
      documentIds: [proofId, 'doc-invented'],
    });
    expect(refused).toMatchObject({ status: 422, body: { errors: [{ field: 'documentIds.1' }] } });
    current = (
      await api('org.member', 'POST', `/findings/${f}/items`, {
        version: current.version,
        kind: 'proof',
        text: 'Politique signée',
        documentIds: [proofId],
      })
    ).body;
    const item = current.items[0].id as string;
    // A draft's document may still go.
    expect((await api('org.member', 'GET', `/documents/${proofId}`)).body.frozenBy).toBeUndefined();
    await api('org.member', 'PUT', `/findings/${f}/items/${item}/ready`, {
      version: current.version,
      kind: 'proof',
      ready: true,
    });
    expect(
      (await api('org.admin', 'POST', `/dossiers/${dossierId}/findings/send`, { kind: 'proof' })).status,
    ).toBe(200);
    // Sent: evidence. No deletion; a correction is a new version, the sent one kept with its author.
    const deleted = await api('org.member', 'DELETE', `/documents/${proofId}`);
    expect(deleted).toMatchObject({ status: 409, type: expect.stringContaining('application/problem+json') });
    expect(deleted.body.detail).toContain(`is evidence of finding:${f}:item:${item}`);
    const corrected = await fixture.gateway.file(
      'org.member',
      'PUT',
      `/documents/${proofId}/content?filename=v2.pdf`,
      { bytes: Buffer.from(`%PDF-1.7\n${uniqueId('v2')}`), type: 'application/octet-stream' },
    );
    expect(corrected.status).toBe(200);
    const versions = await api('analyst', 'GET', `/documents/${proofId}/versions`);
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    // Accepted: the finding closes, and its context with it.
    current = (await api('analyst', 'GET', `/findings/${f}`)).body;
    const closed = await api('analyst', 'POST', `/findings/${f}/items/${item}/review`, {
      version: current.version,
      kind: 'proof',
      decision: 'accept',
    });
    expect(closed.body.status).toBe('closed');
    const late = await upload('org.member', contextId);
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/is closed/);
    expect(await reads('auditor', contextId, proofId)).toEqual([200, 200, 200]);
  });
});
