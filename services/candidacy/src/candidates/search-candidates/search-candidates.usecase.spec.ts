import { SearchCandidates, tooBroad } from './search-candidates.usecase';

describe(SearchCandidates.name, () => {
  const base = { name: undefined, reference: undefined };

  it('refuses a search with nothing, or a name alone', () => {
    expect(tooBroad({ ...base })).toMatch(/dossier reference/);
    expect(tooBroad({ ...base, name: 'Martin' })).toMatch(/too broad/);
    // Punctuation normalises to nothing: no name to search by.
    expect(tooBroad({ ...base, name: "-'-", birthDate: '1990-01-02' })).toMatch(/dossier reference/);
  });

  it('runs a reference alone, or a name with the birth date or a birth place', () => {
    expect(tooBroad({ ...base, reference: 'CL2026-00AB12CD' })).toBeUndefined();
    expect(tooBroad({ ...base, name: 'Martin', birthDate: '1990-01-02' })).toBeUndefined();
    expect(tooBroad({ ...base, name: 'Martin', birthPostalCode: '69001' })).toBeUndefined();
    expect(tooBroad({ ...base, name: 'Martin', birthCountry: 'MA' })).toBeUndefined();
  });
});
