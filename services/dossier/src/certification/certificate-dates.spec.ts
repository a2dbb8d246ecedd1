import { addMonths, certificateCycle } from './certificate-dates';

describe(certificateCycle.name, () => {
  it('gives 36 months of validity, surveillance at 18 months and a 6-month renewal window (docs/domain/schemes.md#cycle, the label scheme)', () => {
    expect(
      certificateCycle('2026-03-02', {
        validityMonths: 36,
        surveillance: { atMonths: [18] },
        renewalWindowMonths: 6,
      }),
    ).toEqual({
      validFrom: '2026-03-02',
      validUntil: '2029-03-01',
      surveillanceDue: ['2027-09-02'],
      renewalOpensOn: '2028-09-01',
    });
  });

  it('plans a yearly surveillance (docs/domain/schemes.md#surveillance-frequency, AMARC)', () => {
    const sut = certificateCycle('2026-01-15', {
      validityMonths: 36,
      surveillance: { atMonths: [12, 24] },
      renewalWindowMonths: 6,
    });
    expect(sut.surveillanceDue).toEqual(['2027-01-15', '2028-01-15']);
  });

  it('keeps month ends inside the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-08-31', -6)).toBe('2028-02-29');
  });
});
