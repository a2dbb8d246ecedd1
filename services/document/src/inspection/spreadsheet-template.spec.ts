import { Readable } from 'node:stream';
import { workbook } from '../../test/support/fixtures';
import { columnName, readSheetHeaders, templateDifferences } from './spreadsheet-template';

describe(readSheetHeaders.name, () => {
  it('reads each sheet name and header row from a stream', async () => {
    const bytes = await workbook({ Données: ['Nom', 'Prénom'], Autre: ['A'] });
    expect(await readSheetHeaders(Readable.from([bytes]))).toEqual([
      { name: 'Données', header: ['Nom', 'Prénom'] },
      { name: 'Autre', header: ['A'] },
    ]);
  });
});

describe(templateDifferences.name, () => {
  const template = [
    { name: 'Sites', header: ['SIRET', 'Adresse'] },
    { name: 'Effectifs', header: ['Année', 'ETP'] },
  ];

  it('finds nothing when the shape is kept', () => {
    expect(templateDifferences(template, template)).toEqual([]);
  });

  it('names missing and extra sheets, order and changed headers', () => {
    expect(
      templateDifferences(template, [
        { name: 'Sites', header: ['SIRET', 'Adresse postale', 'Ville'] },
        { name: 'Feuil1', header: [] },
      ]),
    ).toEqual([
      'missing sheet(s): "Effectifs"',
      'sheet(s) not in the template: "Feuil1"',
      'sheet "Sites", column B: header "Adresse postale" where the template has "Adresse"',
      'sheet "Sites", column C: header "Ville" where the template has ""',
    ]);
    expect(templateDifferences(template, [...template].reverse())).toEqual([
      'sheets are in another order: expected "Sites", "Effectifs"',
    ]);
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});
