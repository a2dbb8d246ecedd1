import { identityKey, normaliseName, prefixRange } from './identity-key';

describe(identityKey.name, () => {
  const born = {
    birthName: 'Lefèvre-d’Arc',
    firstName: 'Élodie',
    birthDate: '1990-04-12',
    bornAbroad: false,
    bornInOverseasCollectivity: false,
    birthCity: 'Saint-Étienne',
    birthPostalCode: '42000',
  };

  it('gives one key to one person however the names are typed', () => {
    expect(
      identityKey({ ...born, birthName: 'LEFEVRE D ARC', firstName: 'elodie', birthCity: 'ST ETIENNE' }),
    ).not.toBe(identityKey(born)); // "ST" is not "SAINT": abbreviations are not guessed
    expect(
      identityKey({ ...born, birthName: 'LEFEVRE D’ARC', firstName: 'ELODIE', birthCity: 'saint etienne' }),
    ).toBe(identityKey(born));
  });

  it('tells apart birth places of different kinds and people born on another day', () => {
    expect(identityKey({ ...born, birthDate: '1990-04-13' })).not.toBe(identityKey(born));
    const abroad = { ...born, bornAbroad: true, birthCountry: 'MA', birthCity: 'Rabat' };
    delete (abroad as { birthPostalCode?: string }).birthPostalCode;
    expect(identityKey(abroad)).toContain('XX:MA:RABAT');
  });

  it('normalises accents, case and punctuation', () => {
    expect(normaliseName("  Müller-O'Neil ")).toBe('MULLER O NEIL');
  });
});

describe(prefixRange.name, () => {
  const within = (name: string, prefix: string) => {
    const range = prefixRange(prefix);
    return name >= range.$gte && name < range.$lt;
  };

  it('holds exactly the names the prefix starts', () => {
    const names = ['DUPONT', 'DUP', 'DUPA', 'DUPZZZ', 'DUP 9', 'DUQ', 'DUO', 'DUOZ', 'DU', 'DUPONT JEAN'];
    for (const name of names) expect(within(name, 'DUP')).toBe(name.startsWith('DUP'));
    expect(within('MARTIN 9', 'MARTIN 9')).toBe(true);
    expect(within('MARTIN A', 'MARTIN 9')).toBe(false);
  });

  it('refuses an empty prefix, which would bound nothing', () => {
    expect(() => prefixRange('')).toThrow(/empty/);
  });
});
