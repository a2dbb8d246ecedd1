import { CURRENT_CLEA_FRAMEWORK } from '@certhub/contracts';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { readMatrixWorkbook, writeMatrixWorkbook, type MatrixHeader } from './evaluation-matrix-workbook';

const header: MatrixHeader = {
  reference: 'CL2026-00AB12CD',
  candidate: 'Élodie MARTIN',
  kind: 'preliminary',
  frameworkVersion: CURRENT_CLEA_FRAMEWORK.version,
  evaluatorName: 'Claire Dubois',
  evaluatedOn: '2026-11-02',
};

async function template(
  scores = [{ subDomainId: '1.1', acquired: true, comment: 'à l’aise' }],
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeMatrixWorkbook(out, header, CURRENT_CLEA_FRAMEWORK, scores);
  return Buffer.concat(chunks);
}

/** The template as a user fills it: `fill` edits its sheet, then it is saved again. */
async function filled(fill: (sheet: ExcelJS.Worksheet, rowOf: (code: string) => ExcelJS.Row) => void) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await template()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Matrice') as ExcelJS.Worksheet;
  const rowOf = (code: string) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === code) found = row;
    });
    if (!found) throw new Error(`no row ${code}`);
    return found;
  };
  fill(sheet, rowOf);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe(readMatrixWorkbook.name, () => {
  it('reads back the scores the template was filled with, and leaves empty rows unscored', async () => {
    const sut = await readMatrixWorkbook(await template(), CURRENT_CLEA_FRAMEWORK);
    expect(sut).toEqual({ scores: [{ subDomainId: '1.1', acquired: true, comment: 'à l’aise' }] });
  });

  it('takes Oui and Non in any case, with comments', async () => {
    const book = await filled((_, rowOf) => {
      rowOf('2.3').getCell(4).value = 'non';
      rowOf('2.3').getCell(5).value = 'Unités de mesure à revoir';
      rowOf('7.4').getCell(4).value = 'OUI';
    });
    const sut = await readMatrixWorkbook(book, CURRENT_CLEA_FRAMEWORK);
    expect(sut).toEqual({
      scores: [
        { subDomainId: '1.1', acquired: true, comment: 'à l’aise' },
        { subDomainId: '2.3', acquired: false, comment: 'Unités de mesure à revoir' },
        { subDomainId: '7.4', acquired: true },
      ],
    });
  });

  it('names every wrong row: unknown code, twice the same, a bad answer, a score without a code', async () => {
    const book = await filled((sheet, rowOf) => {
      rowOf('3.2').getCell(4).value = 'peut-être';
      rowOf('4.1').getCell(1).value = '9.9';
      rowOf('4.2').getCell(1).value = '1.1';
      sheet.addRow(['', '', '', 'Oui']);
    });
    const sut = await readMatrixWorkbook(book, CURRENT_CLEA_FRAMEWORK);
    expect('errors' in sut && sut.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^3\.2: "acquired" is Oui, Non or empty/),
      expect.stringMatching(/^9\.9 is not a sub-domain/),
      '1.1 is scored twice',
      'a score without a sub-domain code',
    ]);
    expect('errors' in sut && sut.errors.every((e) => /^rows\.\d+$/.test(e.field))).toBe(true);
  });

  it('refuses what is not the template', async () => {
    expect(await readMatrixWorkbook(Buffer.from('%PDF-1.7'), CURRENT_CLEA_FRAMEWORK)).toEqual({
      errors: [{ field: 'file', message: 'not an Excel workbook (.xlsx)' }],
    });
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Autre').addRow(['rien']);
    const other = Buffer.from(await book.xlsx.writeBuffer());
    expect(await readMatrixWorkbook(other, CURRENT_CLEA_FRAMEWORK)).toMatchObject({
      errors: [{ field: 'file', message: expect.stringMatching(/download the matrix template again/) }],
    });
  });
});
