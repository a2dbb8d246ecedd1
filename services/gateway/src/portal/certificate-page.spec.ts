import {
  CERTIFICATE_PAGE,
  MinuteBudget,
  pageLanguage,
  renderCertificatePage,
  type VerifiedCertificate,
} from './certificate-page';

const INDEX =
  '<!doctype html><html lang="fr"><head><title>CertHub</title></head><body><div id="root"></div><script type="module" src="/assets/index.js"></script></body></html>';

const certificate: VerifiedCertificate = {
  number: 'QC-2026-0001',
  status: 'suspended',
  holderName: 'Boulangeries Dupain & Fils <SAS>',
  holderSiren: '356000000',
  schemeId: 'amarc',
  schemeTitle: 'AMARC',
  scope: ['Gestion des insatisfactions'],
  sites: [],
  validFrom: '2026-01-15',
  validUntil: '2029-01-14',
  cbId: 'cb-sgs',
  cbName: 'SGS ICS',
};

describe(renderCertificatePage.name, () => {
  it('puts the live status in the title, the description and the page, escaped', () => {
    const sut = renderCertificatePage(INDEX, certificate.number, certificate, 'fr');
    expect(sut).toContain('<title>Certificat QC-2026-0001 : Certificat suspendu — CertHub</title>');
    expect(sut).toContain(
      '<meta name="description" content="Certificat suspendu. Boulangeries Dupain &amp; Fils &lt;SAS&gt;',
    );
    expect(sut).toContain(
      '<p role="status" data-status="suspended"><strong>Certificat suspendu</strong></p>',
    );
    expect(sut).not.toContain('<SAS>');
    // The app's script still loads and renders over it.
    expect(sut).toContain('<script type="module" src="/assets/index.js"></script>');
  });

  it('says in English when asked, and says so when no certificate has the number', () => {
    const en = renderCertificatePage(INDEX, certificate.number, certificate, 'en');
    expect(en).toContain('<html lang="en"');
    expect(en).toContain('Suspended certificate');
    const missing = renderCertificatePage(INDEX, 'QC-<x>', null, 'fr');
    expect(missing).toContain('<title>Certificat introuvable — CertHub</title>');
    expect(missing).toContain('Aucun certificat ne porte le numéro QC-&lt;x&gt;.');
  });
});

describe('CERTIFICATE_PAGE', () => {
  it('takes the register’s page and the one the QR code prints, nothing under them', () => {
    expect(CERTIFICATE_PAGE.exec('/registry/QC-2026-0001')?.[1]).toBe('QC-2026-0001');
    expect(CERTIFICATE_PAGE.exec('/verify/QC-2026-0001/')?.[1]).toBe('QC-2026-0001');
    expect(CERTIFICATE_PAGE.exec('/verify')).toBeNull();
    expect(CERTIFICATE_PAGE.exec('/registry/QC/pdf')).toBeNull();
    expect(CERTIFICATE_PAGE.exec('/dossiers/QC-2026-0001')).toBeNull();
  });
});

describe(pageLanguage.name, () => {
  it('takes French unless English is preferred to it', () => {
    expect(pageLanguage(undefined)).toBe('fr');
    expect(pageLanguage('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(pageLanguage('de-DE,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(pageLanguage('de-DE')).toBe('fr');
  });
});

describe(MinuteBudget.name, () => {
  it('allows the limit per address and minute, then again the next minute', () => {
    const sut = new MinuteBudget(2);
    const t0 = 120_000;
    expect([sut.take('a', t0), sut.take('a', t0 + 1), sut.take('a', t0 + 2), sut.take('b', t0 + 3)]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(sut.take('a', t0 + 60_000)).toBe(true);
  });
});
