import { day } from './audits-fixtures';
import { gatewayFixture } from './support/gateway-fixture';
import { dossierDocument, type SeedOptions } from './support/seed';
import { AMARC_APPLICATION } from './support/amarc';

/**
 * Lifecycle rules through the gateway with the demo users' real tokens, one rule per test: a
 * reinstatement resumes the cycle where the suspension stopped it, one finding numbering per
 * dossier, and no second application for a scheme the organisation is certified for.
 */
describe('lifecycle rules through the gateway', () => {
  const f = gatewayFixture(['analyst', 'auditor', 'decider', 'org.member', 'org.admin', 'cb.admin']);
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    await f.gateway.qualify('auditor');
    for (const who of ['analyst', 'auditor']) ids[who] = await f.gateway.userId(who);
  });

  const api = (who: string, method: string, path: string, body?: unknown) =>
    f.gateway.api(who, method, path, body);
  const ok = (who: string, method: string, path: string, body?: unknown) =>
    f.gateway.ok(who, method, path, body);

  async function seeded(o: SeedOptions): Promise<string> {
    const doc = dossierDocument({ analystId: ids['analyst'], ...o });
    await f.db.collection('dossiers').insertOne(doc);
    return doc._id as unknown as string;
  }

  /** One auditor for every test: each audit on its own day, started (to be completed). */
  const planAudit = (dossierId: string, type: string, daysAgo: number) =>
    ok('analyst', 'POST', `/dossiers/${dossierId}/audits`, {
      type,
      startDate: day(-daysAgo),
      endDate: day(-daysAgo),
      auditorIds: [ids['auditor']],
    });

  it('completes a surveillance audit planned before a suspension once the certificate is reinstated', async () => {
    const id = await seeded({ status: 'certified', certificate: 'valid' });
    const audit = await planAudit(id, 'surveillance', 0);
    const report = await f.gateway.upload('auditor', `audit:${audit.id}:report`);
    const suspended = await ok('decider', 'POST', `/dossiers/${id}/certificate/suspension`, {
      reason: 'Réclamation en cours d’instruction',
    });
    expect(suspended).toMatchObject({ status: 'suspended', certificate: { status: 'suspended' } });
    // While suspended the cycle waits: the audit cannot be completed.
    const early = await api('auditor', 'POST', `/audits/${audit.id}/completion`, {
      version: audit.version,
      reportDocumentId: report,
    });
    expect(early).toMatchObject({ status: 409, body: { errors: { currentStatus: 'suspended' } } });

    const reinstated = await ok('decider', 'POST', `/dossiers/${id}/certificate/reinstatement`, {
      reason: 'Réclamation non fondée',
    });
    expect(reinstated).toMatchObject({ status: 'audit_planned', certificate: { status: 'valid' } });
    const done = await api('auditor', 'POST', `/audits/${audit.id}/completion`, {
      version: audit.version,
      reportDocumentId: report,
    });
    expect(done).toMatchObject({ status: 200, body: { status: 'completed' } });
    expect(await ok('analyst', 'GET', `/dossiers/${id}`)).toMatchObject({ status: 'audited' });
  });

  it('numbers the questionnaire’s écarts and the audit’s non-conformities of one dossier in one series', async () => {
    const id = await seeded({ status: 'submitted' });
    const ecart = await ok('analyst', 'POST', `/dossiers/${id}/questionnaire/findings`, {
      questionId: 'effectif',
      description: 'Effectif à préciser',
    });
    expect(ecart.number).toBe('NC0001');
    await ok('org.member', 'POST', `/dossiers/${id}/questionnaire/findings/${ecart.id}/answer`, {
      correctiveAction: 'Effectif précisé',
    });
    // The seeded answers name a letter that was never uploaded: the resubmit checks every document,
    // so the applicant uploads it into its question first.
    const letter = await f.gateway.upload(
      'org.member',
      `dossier:${id}:question:lettre-engagement`,
      'lettre.pdf',
    );
    const { revision } = await ok('org.member', 'GET', `/dossiers/${id}/questionnaire`);
    await ok('org.member', 'PUT', `/dossiers/${id}/questionnaire`, {
      revision,
      answers: { 'lettre-engagement': { value: [letter] } },
    });
    await ok('org.member', 'POST', `/dossiers/${id}/questionnaire/resubmit`);
    await ok('analyst', 'POST', `/dossiers/${id}/questionnaire/findings/${ecart.id}/close`);
    await ok('analyst', 'POST', `/dossiers/${id}/admissibility`);
    await ok('analyst', 'PUT', `/dossiers/${id}/contract`, { reference: 'CT-NUM-1', signedOn: day(0) });
    const audit = await planAudit(id, 'initial', 1);
    await ok('auditor', 'POST', `/audits/${audit.id}/completion`, {
      version: audit.version,
      reportDocumentId: await f.gateway.upload('auditor', `audit:${audit.id}:report`),
    });
    const numbers: string[] = [];
    for (const requirementId of ['1.1', '1.2'])
      numbers.push(
        (
          await ok('auditor', 'POST', `/audits/${audit.id}/findings`, {
            requirementId,
            severity: 'minor',
            description: `Écart sur ${requirementId}`,
            dueDate: day(30),
          })
        ).number,
      );
    expect(numbers).toEqual(['NC0002', 'NC0003']);
    // Another dossier starts its own series.
    const other = await seeded({ status: 'submitted' });
    expect(
      (
        await ok('analyst', 'POST', `/dossiers/${other}/questionnaire/findings`, {
          questionId: 'effectif',
          description: 'Effectif à préciser',
        })
      ).number,
    ).toBe('NC0001');
  });

  it('refuses a second application for a scheme the organisation holds a running certificate for', async () => {
    const holder = await seeded({ status: 'certified', certificate: 'valid' });
    const held = await f.db
      .collection('dossiers')
      .find({ organisationId: 'org-demo', 'certificate.status': 'valid' }, { projection: { reference: 1 } })
      .toArray();
    const refused = await api('org.admin', 'POST', '/dossiers', AMARC_APPLICATION);
    expect(refused).toMatchObject({
      status: 409,
      type: expect.stringContaining('application/problem+json'),
      body: { type: expect.stringContaining('conflict') },
    });
    // It names the dossier holding the certificate (the organisation holds several in this file).
    expect(held.map((d) => d['reference'])).toContain(refused.body.errors.reference);
    expect(refused.body.detail).toContain(refused.body.errors.reference);
    // Suspended still holds it; any CB.
    await ok('decider', 'POST', `/dossiers/${holder}/certificate/suspension`, { reason: 'Réclamation' });
    expect((await api('org.admin', 'POST', '/dossiers', AMARC_APPLICATION)).status).toBe(409);
    // Another scheme is another matter.
    expect(
      (await api('org.admin', 'POST', '/dossiers', { schemeId: 'label-engagement', cbId: 'cb-demo' })).status,
    ).toBe(201);
  });

  it('accepts a new application once every certificate for the scheme is withdrawn or elapsed', async () => {
    await f.db.collection('dossiers').updateMany(
      {
        organisationId: 'org-demo',
        schemeId: 'amarc',
        'certificate.status': { $in: ['valid', 'suspended'] },
      },
      { $set: { 'certificate.validUntil': day(-1) } },
    );
    const created = await api('org.admin', 'POST', '/dossiers', AMARC_APPLICATION);
    expect(created).toMatchObject({ status: 201, body: { status: 'draft', schemeId: 'amarc' } });
  });
});
