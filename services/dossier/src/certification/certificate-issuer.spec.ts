import { formatCertificateNumber } from './certificate-issuer';

describe(formatCertificateNumber.name, () => {
  it('fills the scheme’s format with the CB prefix, year and zero-padded counter', () => {
    expect(
      formatCertificateNumber('{cb}-AMARC-{year}-{seq:5}', {
        cb: 'DEMO',
        scheme: 'amarc',
        year: 2026,
        seq: 42,
      }),
    ).toBe('DEMO-AMARC-2026-00042');
  });

  it('writes the scheme id in capitals without separators, and a bare counter without width', () => {
    expect(
      formatCertificateNumber('{cb}/{scheme}/{year}/{seq}', {
        cb: 'SGS',
        scheme: 'label-engagement',
        year: 2027,
        seq: 7,
      }),
    ).toBe('SGS/LABELENGAGEMENT/2027/7');
  });
});
