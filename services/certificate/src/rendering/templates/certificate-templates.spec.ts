import type { CertificateData } from '@certhub/contracts';
import { CertificateTemplates } from './certificate-templates';

const certificate = (overrides: Partial<CertificateData> = {}): CertificateData => ({
  certificateId: 'cert-1',
  number: 'QC/2026/0001',
  dossierId: 'dos-1',
  organisationId: 'org-1',
  cbId: 'cb-1',
  schemeId: 'amarc',
  schemeVersion: '1',
  schemeTitle: 'AMARC',
  holder: {
    name: '<script>alert("x")</script> & Cie',
    siren: '552100554',
    address: { line1: '1 rue A', postalCode: '75001', city: 'Paris', country: 'France' },
  },
  sites: [],
  scope: ['Engagement 1'],
  validFrom: '2026-01-15',
  validUntil: '2029-01-14',
  issuedAt: '2026-01-15T09:30:00.000Z',
  cb: { name: 'CB', address: { line1: '2 rue B', postalCode: '94111', city: 'Arcueil', country: 'France' } },
  mentions: ['Mention « obligatoire »'],
  locale: 'fr',
  ...overrides,
});

describe(CertificateTemplates.name, () => {
  const sut = new CertificateTemplates({
    PUBLIC_URL: 'https://certhub.example',
  });

  it('escapes every value taken from the certificate', async () => {
    const html = await sut.toHtml(certificate());
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cie');
  });

  it('points the QR code at the portal’s verification page, with the number URL-encoded', async () => {
    expect(sut.verificationUrl('QC/2026/0001')).toBe('https://certhub.example/verify/QC%2F2026%2F0001');
    const html = await sut.toHtml(certificate());
    expect(html).toContain('data-verify-url="https://certhub.example/verify/QC%2F2026%2F0001"');
    // Handlebars escapes base64 padding as &#x3D;, which the browser reads back as "=".
    expect(html).toMatch(/src="data:image\/svg\+xml;base64,[A-Za-z0-9+/]+(&#x3D;){0,2}"/);
  });

  it('prints the CB’s logo and signatory when it set them, its name in their place otherwise', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const html = await sut.toHtml(certificate({ locale: 'en' }), {
      logo: png,
      signatory: { name: 'Claire <b>Martin</b>', role: 'Head of certification', signature: png },
    });
    expect(html).toContain(`<img alt="CB" src="${png.replace(/=/g, '&#x3D;')}">`);
    expect(html).toContain('<div class="name">Claire &lt;b&gt;Martin&lt;/b&gt;</div>');
    expect(html).toContain('<img alt="Signature of Claire &lt;b&gt;Martin&lt;/b&gt;"');
    expect(html).toContain('Issued at Arcueil, on 15/01/2026');

    const plain = await sut.toHtml(certificate());
    expect(plain).not.toContain('<img alt="CB"');
    expect(plain).toContain('<span class="cb-name">CB</span>');
    expect(plain).toContain('Fait à Arcueil, le 15/01/2026');
  });

  it('uses the scheme’s own template and wording, and the default one for other schemes', async () => {
    expect(await sut.toHtml(certificate())).toContain('<h1>Certificat de services</h1>');
    const other = await sut.toHtml(certificate({ schemeId: 'label-qualite', locale: 'en' }));
    expect(other).toContain('<h1>Certificate</h1>');
    expect(other).toContain('Valid from 15/01/2026 until 14/01/2029');
  });
});
