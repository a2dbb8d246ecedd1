import { uniqueId } from '@certhub/testing';
import { day } from './audits-fixtures';
import { dossierDocument } from './support/seed';
import { gatewayFixture } from './support/gateway-fixture';

/**
 * Renewal through the gateway with the demo users' real tokens: the choice of audit the scheme
 * allows, and the documents it requires, filed by the applicant and checked by the analyst before
 * the renewal audit can be planned.
 */
describe('renewal documents and audit choice through the gateway', () => {
  const f = gatewayFixture(['analyst', 'auditor', 'cb.admin', 'org.admin', 'org.member']);
  beforeAll(() => f.gateway.qualify('auditor'));

  const api = (who: string, method: string, path: string, body?: unknown) =>
    f.gateway.api(who, method, path, body);
  const ok = (who: string, method: string, path: string, body?: unknown) =>
    f.gateway.ok(who, method, path, body);
  const pdf = () => Buffer.from(`%PDF-1.7\n${uniqueId('pdf')}`);

  /** A certified dossier of a scheme, its certificate in the renewal window. */
  async function certified(schemeId: 'amarc' | 'label-engagement'): Promise<string> {
    const doc = dossierDocument({
      status: 'certified',
      certificate: 'in_renewal_window',
      analystId: await f.gateway.userId('analyst'),
    });
    const scheme = schemeId === 'amarc' ? {} : { schemeId, schemeVersion: '2024.1', level: 'L' };
    await f.db.collection('dossiers').insertOne({ ...doc, ...scheme });
    return doc._id as string;
  }

  it('offers the complementary audit only where the scheme allows it, and never with another CB', async () => {
    const amarc = await certified('amarc');
    expect(
      await api('org.admin', 'POST', `/dossiers/${amarc}/renewal`, { auditChoice: 'complementary' }),
    ).toMatchObject({
      status: 422,
      body: { errors: [{ field: 'auditChoice', message: expect.stringContaining('initial audit only') }] },
    });
    const label = await certified('label-engagement');
    const opened = await ok('org.admin', 'POST', `/dossiers/${label}/renewal`, {
      auditChoice: 'complementary',
    });
    expect(opened.dossier).toMatchObject({
      status: 'renewal',
      cycle: { renewal: { auditChoice: 'complementary' } },
    });
  });

  it('requests the scheme’s documents, takes them filed and checked, then lets the renewal audit be planned', async () => {
    const id = await certified('label-engagement');
    const opened = (await ok('org.admin', 'POST', `/dossiers/${id}/renewal`)).dossier;
    const requested = opened.cycle.renewal.documents;
    expect(requested.map((d: { n: number; status: string }) => [d.n, d.status])).toEqual([
      [1, 'missing'],
      [2, 'missing'],
      [3, 'missing'],
      [4, 'missing'],
    ]);
    expect(requested[0].label).toContain('devis signé');
    expect(opened.cycle.renewal.auditChoice).toBe('initial');

    const auditorId = await f.gateway.userId('auditor');
    const planRenewal = () =>
      api('analyst', 'POST', `/dossiers/${id}/audits`, {
        type: 'renewal',
        startDate: day(10),
        endDate: day(10),
        auditorIds: [auditorId],
      });
    // Nothing filed: the renewal audit waits.
    expect(await planRenewal()).toMatchObject({
      status: 409,
      body: { errors: { currentStatus: 'renewal' } },
    });

    const context = `dossier:${id}:renewal`;
    const files = [];
    for (let n = 1; n <= 4; n += 1)
      files.push(await f.gateway.upload('org.member', context, `piece-${n}.pdf`, pdf()));
    // A document the renewal does not require, and one uploaded elsewhere, are refused.
    const elsewhere = await f.gateway.upload('org.member', context, 'autre.pdf', pdf());
    const wrong = await api('org.member', 'PUT', `/dossiers/${id}/renewal/documents`, {
      documents: [
        { n: 5, documentId: elsewhere },
        { n: 1, documentId: 'no-such-document' },
      ],
    });
    expect(wrong).toMatchObject({ status: 422, body: { errors: [{ field: 'documents.0.n' }] } });
    const missingDoc = await api('org.member', 'PUT', `/dossiers/${id}/renewal/documents`, {
      documents: [{ n: 1, documentId: 'no-such-document' }],
    });
    expect(missingDoc).toMatchObject({
      status: 422,
      body: { errors: [{ field: 'documents.0.documentId' }] },
    });

    const filed = await ok('org.member', 'PUT', `/dossiers/${id}/renewal/documents`, {
      documents: files.map((documentId, i) => ({ n: i + 1, documentId })),
    });
    expect(filed.cycle.renewal.documents.every((d: { status: string }) => d.status === 'submitted')).toBe(
      true,
    );
    // Only the analyst checks them; a rejection says why.
    expect(
      (
        await api('org.admin', 'POST', `/dossiers/${id}/renewal/documents/review`, {
          reviews: [{ n: 1, accepted: true }],
        })
      ).status,
    ).toBe(403);
    expect(
      await api('analyst', 'POST', `/dossiers/${id}/renewal/documents/review`, {
        reviews: [{ n: 4, accepted: false }],
      }),
    ).toMatchObject({ status: 422, body: { errors: [{ field: 'reviews.0.reason' }] } });
    const reviewed = await ok('analyst', 'POST', `/dossiers/${id}/renewal/documents/review`, {
      reviews: [
        { n: 1, accepted: true },
        { n: 2, accepted: true },
        { n: 3, accepted: true },
        { n: 4, accepted: false, reason: 'Extrait Kbis de plus de trois mois' },
      ],
    });
    expect(reviewed.cycle.renewal.documents[3]).toMatchObject({
      status: 'rejected',
      reason: 'Extrait Kbis de plus de trois mois',
    });
    expect((await planRenewal()).status).toBe(409);

    // The rejected one is filed again and accepted; an accepted one is not replaced.
    const kbis = await f.gateway.upload('org.admin', context, 'kbis.pdf', pdf());
    expect(
      (
        await api('org.admin', 'PUT', `/dossiers/${id}/renewal/documents`, {
          documents: [{ n: 1, documentId: kbis }],
        })
      ).status,
    ).toBe(422);
    await ok('org.admin', 'PUT', `/dossiers/${id}/renewal/documents`, {
      documents: [{ n: 4, documentId: kbis }],
    });
    const accepted = await ok('analyst', 'POST', `/dossiers/${id}/renewal/documents/review`, {
      reviews: [{ n: 4, accepted: true }],
    });
    expect(accepted.cycle.renewal.documents.map((d: { status: string }) => d.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'accepted',
    ]);
    expect(await planRenewal()).toMatchObject({ status: 201, body: { type: 'renewal' } });
  });

  it('with another CB, asks the documents on the new dossier, checked by the new CB before its initial audit', async () => {
    // Certified by another CB; the organisation renews with the demo CB.
    const doc = dossierDocument({ status: 'certified', certificate: 'in_renewal_window' });
    await f.db.collection('dossiers').insertOne({
      ...doc,
      schemeId: 'label-engagement',
      schemeVersion: '2024.1',
      level: 'L',
      cbId: 'cb-other',
      tenantId: ['org-demo', 'cb-other'],
    });
    const opened = await ok('org.admin', 'POST', `/dossiers/${doc._id}/renewal`, { cbId: 'cb-demo' });
    expect(opened.dossier.cycle.renewal).toMatchObject({
      changeOfCb: true,
      auditType: 'initial',
      documents: [],
    });
    const moved = opened.newDossier.id as string;
    const requested = (await ok('org.admin', 'GET', `/dossiers/${moved}`)).cycle.renewalOf.documents;
    expect(requested.map((d: { n: number; status: string }) => [d.n, d.status])).toEqual([
      [1, 'missing'],
      [2, 'missing'],
      [3, 'missing'],
      [4, 'missing'],
    ]);
    // The old CB's dossier takes none.
    expect(
      await api('org.admin', 'PUT', `/dossiers/${doc._id}/renewal/documents`, {
        documents: [{ n: 1, documentId: 'x' }],
      }),
    ).toMatchObject({ status: 409 });

    const context = `dossier:${moved}:renewal`;
    const files = [];
    for (let n = 1; n <= 4; n += 1)
      files.push(await f.gateway.upload('org.admin', context, `piece-${n}.pdf`, pdf()));
    const filed = await ok('org.admin', 'PUT', `/dossiers/${moved}/renewal/documents`, {
      documents: files.map((documentId, i) => ({ n: i + 1, documentId })),
    });
    expect(filed.cycle.renewalOf.documents.map((d: { status: string }) => d.status)).toEqual(
      Array(4).fill('submitted'),
    );
    // The new CB's analyst reads and checks them.
    expect((await f.gateway.download('analyst', `/documents/${files[0]}/content`)).status).toBe(200);
    const reviewed = await ok('analyst', 'POST', `/dossiers/${moved}/renewal/documents/review`, {
      reviews: [1, 2, 3, 4].map((n) => ({ n, accepted: true })),
    });
    expect(reviewed.cycle.renewalOf.documents.map((d: { status: string }) => d.status)).toEqual(
      Array(4).fill('accepted'),
    );
  });

  it('with another CB, holds the initial audit until the renewal’s documents are accepted', async () => {
    const doc = dossierDocument({
      status: 'contracted',
      analystId: await f.gateway.userId('analyst'),
    });
    const pending = [{ n: 1, label: 'Devis signé', status: 'submitted', documentId: 'd-1' }];
    await f.db.collection('dossiers').insertOne({
      ...doc,
      cycle: {
        surveillanceDue: [],
        renewalOf: {
          dossierId: 'old',
          certificateId: 'c',
          cbId: 'cb-other',
          changeOfCb: true,
          documents: pending,
        },
      },
    });
    const plan = () =>
      f.gateway.userId('auditor').then((auditorId) =>
        api('analyst', 'POST', `/dossiers/${doc._id}/audits`, {
          type: 'initial',
          startDate: day(11),
          endDate: day(11),
          auditorIds: [auditorId],
        }),
      );
    expect(await plan()).toMatchObject({ status: 409, body: { errors: { currentStatus: 'contracted' } } });
    await ok('analyst', 'POST', `/dossiers/${doc._id}/renewal/documents/review`, {
      reviews: [{ n: 1, accepted: true }],
    });
    expect(await plan()).toMatchObject({ status: 201, body: { type: 'initial' } });
  });
});
