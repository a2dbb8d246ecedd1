import { passwordToken, uniqueId } from '@certhub/testing';
import { day } from './audits-fixtures';
import { gatewayFixture } from './support/gateway-fixture';
import { AMARC_APPLICATION } from './support/amarc';

/**
 * The commercial offer through the gateway with the demo users' real tokens: the CB sends it, the
 * applicant returns it signed, then the contract is recorded; offer, signed offer and contract stay
 * downloadable among the dossier's documents.
 */
describe('commercial offer through the gateway', () => {
  const f = gatewayFixture(['analyst', 'org.admin', 'org.member']);

  const api = (who: string, method: string, path: string, body?: unknown) =>
    f.gateway.api(who, method, path, body);
  const ok = (who: string, method: string, path: string, body?: unknown) =>
    f.gateway.ok(who, method, path, body);
  const pdf = () => Buffer.from(`%PDF-1.7\n${uniqueId('pdf')}`);

  it('sends the offer, takes it back signed, then records the contract on it', async () => {
    // Created through the service (which opens its document contexts), then moved straight to
    // admissible: the steps before are other tests' matter.
    const created = await ok('org.admin', 'POST', '/dossiers', AMARC_APPLICATION);
    const id = created.id as string;
    await f.db
      .collection('dossiers')
      .updateOne(
        { _id: id as never },
        { $set: { status: 'admissible', analystId: await f.gateway.userId('analyst') } },
      );
    const contract = `dossier:${id}:contract`;

    // Signing before any offer: nothing awaits a signature.
    const early = await api('org.admin', 'POST', `/dossiers/${id}/offer/signed`, {
      documentId: await f.gateway.upload('org.admin', contract, 'devis-signe.pdf', pdf()),
    });
    expect(early).toMatchObject({ status: 409, body: { errors: { currentStatus: 'admissible' } } });

    const first = await f.gateway.upload('analyst', contract, 'devis.pdf', pdf());
    await ok('analyst', 'PUT', `/dossiers/${id}/offer`, { reference: 'OF-2026-1', documentId: first });
    // Revised before it comes back: the last one counts.
    const offerDoc = await f.gateway.upload('analyst', contract, 'devis-v2.pdf', pdf());
    const sent = await ok('analyst', 'PUT', `/dossiers/${id}/offer`, {
      reference: 'OF-2026-2',
      documentId: offerDoc,
    });
    expect(sent).toMatchObject({
      status: 'admissible',
      offer: { reference: 'OF-2026-2', documentId: offerDoc },
    });
    expect(sent.offer.signedDocumentId).toBeUndefined();

    // No contract while the offer awaits its signature.
    const blocked = await api('analyst', 'PUT', `/dossiers/${id}/contract`, {
      reference: 'CT-1',
      signedOn: day(0),
    });
    expect(blocked).toMatchObject({ status: 409, type: expect.stringContaining('application/problem+json') });

    // Only the organisation's administrator signs, with a signed copy (not the offer as sent).
    const signedDoc = await f.gateway.upload('org.admin', contract, 'devis-signe.pdf', pdf());
    expect(
      (await api('org.member', 'POST', `/dossiers/${id}/offer/signed`, { documentId: signedDoc })).status,
    ).toBe(403);
    const cbCopy = await api('org.admin', 'POST', `/dossiers/${id}/offer/signed`, { documentId: offerDoc });
    expect(cbCopy).toMatchObject({ status: 422, body: { errors: [{ field: 'documentId' }] } });
    const signed = await ok('org.admin', 'POST', `/dossiers/${id}/offer/signed`, { documentId: signedDoc });
    expect(signed.offer).toMatchObject({
      documentId: offerDoc,
      signedDocumentId: signedDoc,
      signedAt: expect.any(String),
    });
    // Signed: the offer no longer changes.
    expect(
      (await api('analyst', 'PUT', `/dossiers/${id}/offer`, { reference: 'OF-3', documentId: first })).status,
    ).toBe(409);

    const contracted = await ok('analyst', 'PUT', `/dossiers/${id}/contract`, {
      reference: 'CT-2026-7',
      signedOn: day(0),
    });
    expect(contracted).toMatchObject({
      status: 'contracted',
      offer: { signedDocumentId: signedDoc },
      contract: { reference: 'CT-2026-7', documentId: signedDoc },
    });

    // Later, among the dossier's documents: the offer and the signed copy, downloadable by the applicant.
    const listed = await ok(
      'org.admin',
      'GET',
      `/documents?contextId=${encodeURIComponent(contract)}&pageSize=50`,
    );
    const listedIds = listed.items.map((d: { documentId: string }) => d.documentId);
    expect(listedIds).toEqual(expect.arrayContaining([offerDoc, signedDoc]));
    const token = await passwordToken('org.admin@certhub.local');
    for (const documentId of [offerDoc, signedDoc]) {
      const file = await fetch(`${f.gatewayUrl}/api/v1/documents/${documentId}/content`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(file.status).toBe(200);
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    // Frozen as evidence of the offer: not deletable.
    expect((await api('org.admin', 'DELETE', `/documents/${signedDoc}`)).status).toBe(409);
  });
});
