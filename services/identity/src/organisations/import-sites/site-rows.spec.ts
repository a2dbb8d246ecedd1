import { readSiteRows } from './site-rows';

const SIREN = '901234567';
const HQ = '90123456700013';
const GRENOBLE = '90123456700021';
const rows = (...lines: string[][]) => ({ rows: lines.map((cells, i) => ({ row: i + 2, cells })) });

describe(readSiteRows.name, () => {
  it('reads a SIRET typed with spaces, and the name when one is given', () => {
    const sut = readSiteRows(rows(['901 234 567 00021', ' Agence de Grenoble ']), SIREN, new Set());
    expect(sut).toEqual({ sites: [{ row: 2, siret: GRENOBLE, name: 'Agence de Grenoble' }], errors: [] });
  });

  it('rejects each bad row on its cell, and keeps none of them', () => {
    const sut = readSiteRows(
      rows(
        [GRENOBLE],
        [GRENOBLE],
        [HQ],
        ['12345678200010'],
        [''],
        ['abc'],
        ['90123456700039', 'x'.repeat(201)],
      ),
      SIREN,
      new Set([HQ]),
    );
    expect(sut.sites).toEqual([{ row: 2, siret: GRENOBLE }]);
    expect(sut.errors).toEqual([
      { field: 'rows.3.siret', message: `row 3: SIRET ${GRENOBLE} is already on row 2` },
      { field: 'rows.4.siret', message: `row 4: the site with SIRET ${HQ} is already declared` },
      {
        field: 'rows.5.siret',
        message: `row 5: SIRET 12345678200010 is not an establishment of this organisation (SIREN ${SIREN})`,
      },
      { field: 'rows.6.siret', message: 'row 6: the SIRET is missing' },
      { field: 'rows.7.siret', message: 'row 7: abc: SIRET must contain digits only' },
      { field: 'rows.8.name', message: 'row 8: the name exceeds 200 characters' },
    ]);
  });

  it('rejects a file without rows', () => {
    expect(readSiteRows(rows(), SIREN, new Set()).errors).toEqual([
      { field: 'documentId', message: 'the spreadsheet lists no site' },
    ]);
  });
});
