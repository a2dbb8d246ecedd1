import type { Principal } from '@certhub/contracts';
import { InternalTokens } from '@certhub/platform';
import { amarcCertificate, runtimeEnv, uniqueId, waitFor } from '@certhub/testing';
import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import { certificateServiceUnderTest } from './dossier-events';
import { PdfInspection } from './pdf-inspection';

/** The default PUBLIC_URL: every replica on this NATS prints, so all are configured alike. */
const PUBLIC_URL = 'http://localhost:8080';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const principal = (tenantType: Principal['tenantType'], tenantId: string): Principal => ({
  userId: `user-of-${tenantId}`,
  tenantType,
  tenantId,
  roles: [tenantType === 'cb' ? 'analyst' : tenantType === 'organisation' ? 'org_member' : 'platform_admin'],
});

/**
 * The certificate service as a process, fed by certificate events on JetStream. It runs in the
 * deployment's namespace, not a test-only one: every certificate process on this NATS answers the
 * same `certificate.*` queue group, so they must all read one database, as replicas do.
 */
describe('certificate service: issued events → PDF → verification', () => {
  const stack = certificateServiceUnderTest();

  // Signed as the gateway signs its calls to the service's internal routes.
  const download = async (certificateId: string, as?: Principal, audience = 'certificate') => {
    const token = await new InternalTokens(runtimeEnv().INTERNAL_TOKEN_SECRET, 'gateway').sign(audience, as);
    return fetch(`${stack.certificate.url}/internal/certificates/${certificateId}/pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
  };
  const verify = (number: string) => stack.events.call('certificate.verify.number', { number });

  it('prints an honest PDF: every field and mandatory mention, a sound file, a QR code to its verification page', async () => {
    const data = amarcCertificate();
    await stack.events.issue(data);
    const rendered = await stack.events.renderedEvent(data.certificateId);

    const res = await download(data.certificateId, principal('organisation', data.organisationId));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(rendered.data).toMatchObject({ number: data.number, version: 1, sha256: sha256(pdf) });
    expect(res.headers.get('etag')).toBe(`"${sha256(pdf)}"`);

    const inspection = new PdfInspection(pdf);
    const text = inspection.text();
    const expected = [
      data.number,
      data.holder.name,
      `SIREN ${data.holder.siren}`,
      '12 rue des Lilas',
      'Bâtiment C',
      '75011 Paris',
      ...data.sites.flatMap((s) => [
        s.name,
        `SIRET ${s.siret}`,
        `${s.address.line1}, ${s.address.postalCode} ${s.address.city}`,
      ]),
      data.schemeTitle,
      'Niveau : Niv B',
      ...data.scope,
      'Valide du 15/01/2026 au 14/01/2029',
      'Fait à Arcueil cedex, le 15/01/2026',
      'Organisme certificateur : SGS ICS',
      '29 avenue Aristide Briand',
      '94111 Arcueil cedex',
      'COFRAC n° 5-0050',
      ...data.mentions,
    ];
    expect(expected.filter((fragment) => !text.includes(fragment))).toEqual([]);
    // The URL wraps over lines in its narrow column: compare it without whitespace.
    const url = `${PUBLIC_URL}/verify/${encodeURIComponent(data.number)}`;
    expect(text.replace(/ /g, '')).toContain(url);

    expect(inspection.qpdfCheck()).toContain('No syntax or stream encoding errors found');
    expect(inspection.qrCode()).toBe(url);

    await expect(
      stack.events.call('certificate.verify.hash', { sha256: sha256(pdf) }),
    ).resolves.toMatchObject({
      genuine: true,
      certificate: { number: data.number, status: 'valid' },
    });
    const tampered = Buffer.concat([pdf, Buffer.from('\n% edited')]);
    await expect(stack.events.call('certificate.verify.hash', { sha256: sha256(tampered) })).resolves.toEqual(
      {
        genuine: false,
      },
    );
  });

  it('prints an English certificate on one framed A4 page it fills: the header on top, the signature at the foot', async () => {
    const data = amarcCertificate({ locale: 'en' });
    await stack.events.issue(data);
    await stack.events.renderedEvent(data.certificateId);
    const res = await download(data.certificateId, principal('organisation', data.organisationId));
    const inspection = new PdfInspection(Buffer.from(await res.arrayBuffer()));

    const text = inspection.text();
    const expected = [
      'SERVICE CERTIFICATE',
      `Certificate No. ${data.number}`,
      'The certification body attests that',
      data.holder.name,
      'meets the requirements of the scheme',
      'Level: Niv B',
      'Certified service commitments',
      'Certified sites',
      'Valid from 15/01/2026 until 14/01/2029',
      'Issued at Arcueil cedex, on 15/01/2026',
      'Certification body: SGS ICS',
      'Accreditation: COFRAC n° 5-0050',
      'Verify this certificate:',
      ...data.mentions,
    ];
    expect(expected.filter((fragment) => !text.includes(fragment))).toEqual([]);
    expect(text).not.toMatch(/Valide du|Fait à|Organisme certificateur/);
    expect(inspection.qrCode()).toBe(`${PUBLIC_URL}/verify/${encodeURIComponent(data.number)}`);

    const page = inspection.pages();
    expect(page.count).toBe(1);
    // A4 is 595.28 × 841.89 pt; Chromium writes it to the hundredth of a millimetre it keeps.
    expect(Math.abs(page.width - 595.28)).toBeLessThan(1);
    expect(Math.abs(page.height - 841.89)).toBeLessThan(1);
    // Filled like a framed certificate, not a short letter: the CB's name heads the page (no logo
    // set) and the signature block sits at its foot, the mentions below it.
    const words = inspection.words();
    const first = (word: string) => words.find((w) => w.text === word);
    expect(first('SGS')!.yMin).toBeLessThan(page.height * 0.15);
    expect(first('Issued')!.yMin).toBeGreaterThan(page.height * 0.75);
    expect(Math.max(...words.map((w) => w.yMax))).toBeGreaterThan(page.height * 0.88);
  });

  it('prints the CB’s logo and its signatory (name, role, signature) once its administrator set them', async () => {
    const data = amarcCertificate();
    const cbAdmin = { ...principal('cb', data.cbId), roles: ['cb_admin' as const] };
    const image = (width: number, height: number) => {
      const png = new PNG({ width, height });
      png.data.fill(0x40);
      return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
    };
    const layout = {
      logo: image(240, 80),
      signatory: { name: 'Claire Martin', role: 'Directrice de la certification', signature: image(200, 60) },
    };
    await expect(stack.events.call('certificate.layout.get', {}, { principal: cbAdmin })).resolves.toEqual(
      {},
    );
    await stack.events.call('certificate.layout.put', layout, { principal: cbAdmin });
    await expect(stack.events.call('certificate.layout.get', {}, { principal: cbAdmin })).resolves.toEqual(
      layout,
    );

    await stack.events.issue(data);
    await stack.events.renderedEvent(data.certificateId);
    const res = await download(data.certificateId, cbAdmin);
    const inspection = new PdfInspection(Buffer.from(await res.arrayBuffer()));
    expect(inspection.text()).toContain('Claire Martin Directrice de la certification');
    // The logo and the signature, as raster images of their own size (the QR code is vector).
    expect(inspection.images()).toEqual(expect.arrayContaining(['240x80', '200x60']));

    const refused = stack.events.call('certificate.layout.put', layout, {
      principal: principal('organisation', data.organisationId),
    });
    await expect(refused).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('prints a person’s certificate on one framed landscape page, with her certifier’s logo and signatory', async () => {
    const cbId = uniqueId('cb');
    const candidateId = uniqueId('cand');
    const number = `CLEA-${candidateId.toUpperCase()}`;
    const cbAdmin = { ...principal('cb', cbId), roles: ['cb_admin' as const] };
    const logo = new PNG({ width: 240, height: 80 });
    logo.data.fill(0x40);
    await stack.events.call(
      'certificate.layout.put',
      {
        logo: `data:image/png;base64,${PNG.sync.write(logo).toString('base64')}`,
        signatory: { name: 'Claire Martin', role: 'Responsable de la certification' },
      },
      { principal: cbAdmin },
    );
    await stack.events.publish(
      'certhub.candidacy.jury_decided.v1',
      {
        candidateId,
        reference: `REF-${candidateId}`,
        establishmentId: 'est-1',
        trainingOrganisationId: 'of-1',
        networkId: 'net-1',
        certifierId: cbId,
        decision: 'certified',
        juryDate: '2026-11-20',
        decidedBy: 'jury-1',
        certificate: {
          number,
          holder: { givenName: 'Élodie', familyName: 'Martin', birthDate: '1991-03-14' },
          frameworkVersion: '2024',
          certifierName: 'Certificateur démo',
        },
      },
      cbId,
    );
    const token = await new InternalTokens(runtimeEnv().INTERNAL_TOKEN_SECRET, 'gateway').sign(
      'certificate',
      {
        ...principal('cb', cbId),
        roles: ['certifier_staff'],
      },
    );
    const pdf = await waitFor(
      'the person’s PDF',
      async () => {
        const res = await fetch(
          `${stack.certificate.url}/internal/certificates/individual/ic-${candidateId}/pdf`,
          { headers: { authorization: `Bearer ${token}` } },
        );
        return res.status === 200 && Buffer.from(await res.arrayBuffer());
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );

    const inspection = new PdfInspection(pdf);
    const text = inspection.text();
    const expected = [
      'CERTIFICAT',
      `N° ${number}`,
      'Élodie Martin',
      'né(e) le 14/03/1991',
      'par décision du jury du 20/11/2026',
      'Certificateur : Certificateur démo',
      'Claire Martin Responsable de la certification',
    ];
    expect(expected.filter((fragment) => !text.includes(fragment))).toEqual([]);
    expect(inspection.images()).toContain('240x80');
    expect(inspection.qrCode()).toBe(`${PUBLIC_URL}/verify/${number}`);
    const page = inspection.pages();
    expect(page.count).toBe(1);
    expect(page.width).toBeGreaterThan(page.height);
    // The signatory at the foot of the sheet, not under the text half-way down.
    const words = inspection.words();
    expect(words.find((w) => w.text === 'Claire')!.yMin).toBeGreaterThan(page.height * 0.75);
  });

  it('verifies publicly by number and by SIREN/SIRET and scheme, answering no personal data', async () => {
    const data = amarcCertificate();
    await stack.events.issue(data);
    const expected = {
      number: data.number,
      status: 'valid',
      holderName: data.holder.name,
      holderSiren: data.holder.siren,
      schemeId: 'amarc',
      schemeVersion: data.schemeVersion,
      schemeTitle: data.schemeTitle,
      level: 'Niv B',
      scope: data.scope,
      sites: data.sites.map((s) => ({ siret: s.siret, name: s.name })),
      validFrom: '2026-01-15',
      validUntil: '2029-01-14',
      cbId: expect.any(String),
      cbName: 'SGS ICS',
    };
    expect(
      await waitFor('the certificate to be indexed', () => verify(data.number).catch(() => undefined)),
    ).toEqual(expected);

    const bySiren = await stack.events.call('certificate.verify.company', {
      siren: data.holder.siren,
      schemeId: 'amarc',
    });
    expect(bySiren.items).toEqual([expected]);
    const site = data.sites[1]?.siret as string;
    expect(
      (await stack.events.call('certificate.verify.company', { siret: site, schemeId: 'amarc' })).items,
    ).toEqual([expected]);
    const headOffice = `${data.holder.siren}00099`; // not a certified site of this multi-site holder
    expect(
      (await stack.events.call('certificate.verify.company', { siret: headOffice, schemeId: 'amarc' })).items,
    ).toEqual([]);
    expect(
      (await stack.events.call('certificate.verify.company', { siren: data.holder.siren, schemeId: 'label' }))
        .items,
    ).toEqual([]);

    await expect(verify('QC-NO-SUCH-NUMBER')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('shows a suspension at once, then a reinstatement, and a withdrawal for good', async () => {
    const data = amarcCertificate();
    await stack.events.issue(data);
    await waitFor('the certificate to be indexed', () => verify(data.number).catch(() => undefined));

    await stack.events.changeStatus('suspended', data);
    // "At once" is by design: the index has its own consumer and never waits for a print. The
    // bound only allows for a busy two-core machine (typically well under a second).
    const becomes = (status: string) =>
      waitFor(`the certificate to be ${status}`, async () => (await verify(data.number)).status === status, {
        timeoutMs: 10_000,
      });
    await becomes('suspended');
    await stack.events.changeStatus('reinstated', data);
    await becomes('valid');
    await stack.events.changeStatus('withdrawn', data);
    await becomes('withdrawn');

    // A late reinstatement does not undo a withdrawal: once the index consumer has acknowledged
    // it (applied or ignored), the certificate is still withdrawn.
    const late = await stack.events.changeStatus('reinstated', data);
    await stack.events.applied('certificate-index', late.seq);
    expect((await verify(data.number)).status).toBe('withdrawn');
  });

  it('prints and indexes the new certificate of a renewal', async () => {
    const previous = amarcCertificate();
    const renewed = amarcCertificate({ validFrom: '2029-01-15', validUntil: '2032-01-14' });
    await stack.events.publish(
      'certhub.certificate.renewed.v1',
      { ...renewed, previousCertificateId: previous.certificateId },
      renewed.cbId,
    );
    expect((await stack.events.renderedEvent(renewed.certificateId)).data.number).toBe(renewed.number);
    const indexed = await waitFor('the renewal to be indexed', () =>
      verify(renewed.number).catch(() => undefined),
    );
    expect(indexed).toMatchObject({ status: 'valid', validUntil: '2032-01-14' });
  });

  it('answers expired once validUntil has passed, even without an expiry event', async () => {
    const data = amarcCertificate({ validFrom: '2020-01-01', validUntil: '2022-12-31' });
    await stack.events.issue(data);
    const result = await waitFor('the certificate to be indexed', () =>
      verify(data.number).catch(() => undefined),
    );
    expect(result).toMatchObject({ status: 'expired', validUntil: '2022-12-31' });
  });

  it('lists and serves the PDF to the holder’s and the CB’s users only; anyone else gets not found', async () => {
    const data = amarcCertificate();
    await stack.events.issue(data);
    await stack.events.renderedEvent(data.certificateId);
    const holder = principal('organisation', data.organisationId);
    const cb = principal('cb', data.cbId);
    const otherOrganisation = principal('organisation', `${data.organisationId}-other`);
    const list = (as: Principal, status?: 'valid' | 'suspended') =>
      stack.events.call('certificate.list', status ? { status } : {}, { principal: as });

    for (const reader of [holder, cb]) {
      expect((await list(reader)).items).toEqual([
        expect.objectContaining({
          certificateId: data.certificateId,
          number: data.number,
          pdfAvailable: true,
        }),
      ]);
      expect((await list(reader, 'valid')).total).toBe(1);
      expect((await list(reader, 'suspended')).total).toBe(0);
      expect((await download(data.certificateId, reader)).status).toBe(200);
    }
    expect(await list(otherOrganisation)).toMatchObject({ items: [], total: 0 });
    // The CB id never matches as an organisation id, nor the reverse.
    expect((await list(principal('organisation', data.cbId))).total).toBe(0);

    const refused = await download(data.certificateId, otherOrganisation);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ code: 'not_found' });
    expect((await download(data.certificateId, principal('platform', 'platform'))).status).toBe(403);
    expect((await download(data.certificateId)).status).toBe(401);
    // Reaching the port is not enough: a principal header without the gateway's token, or a token
    // signed for another service, is refused.
    const forged = await fetch(`${stack.certificate.url}/internal/certificates/${data.certificateId}/pdf`, {
      headers: { 'x-certhub-principal': JSON.stringify(holder) },
    });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: 'unauthenticated' });
    expect((await download(data.certificateId, holder, 'document')).status).toBe(401);
    await expect(
      stack.events.call('certificate.list', { sort: 'holder.address' as never }, { principal: holder }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
