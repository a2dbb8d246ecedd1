import { checkSiren, checkSiret, luhnValid } from './numbers';

describe(checkSiren.name, () => {
  it('accepts a valid SIREN, spaces allowed', () => {
    expect(checkSiren('732 829 320')).toEqual({ ok: true, value: '732829320' });
    expect(checkSiren('356000000').ok).toBe(true);
  });

  it('says what is wrong', () => {
    expect(checkSiren('73282932')).toEqual({ ok: false, reason: 'SIREN must have 9 digits, got 8' });
    expect(checkSiren('73282932A')).toEqual({ ok: false, reason: 'SIREN must contain digits only' });
    expect(checkSiren('732829321')).toEqual({ ok: false, reason: 'SIREN check digit is wrong (Luhn)' });
  });
});

describe(checkSiret.name, () => {
  it('accepts a valid SIRET (Luhn over 14 digits)', () => {
    expect(checkSiret('73282932000074').ok).toBe(true);
  });

  it('applies the La Poste rule: digit sum multiple of 5, not Luhn', () => {
    // 3+5+6 + 0… + 0+0+0+0+1 = 15: valid for La Poste although Luhn fails.
    expect(luhnValid('35600000000001')).toBe(false);
    expect(checkSiret('35600000000001').ok).toBe(true);
    expect(checkSiret('35600000000002')).toEqual({
      ok: false,
      reason: 'SIRET check digit is wrong (La Poste rule)',
    });
  });

  it('says what is wrong', () => {
    expect(checkSiret('7328293200007')).toEqual({ ok: false, reason: 'SIRET must have 14 digits, got 13' });
    expect(checkSiret('73282932000075')).toEqual({ ok: false, reason: 'SIRET check digit is wrong (Luhn)' });
    expect(checkSiret('73282932100074').ok).toBe(false);
  });
});
