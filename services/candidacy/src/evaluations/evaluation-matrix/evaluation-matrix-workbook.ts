import type { Framework, SubDomainScore } from '@certhub/contracts';
import ExcelJS from 'exceljs';
import type { Readable, Writable } from 'node:stream';

/** What the template names above its table: who is evaluated, by whom, against which framework. */
export interface MatrixHeader {
  reference: string;
  candidate: string;
  kind: 'preliminary' | 'final';
  frameworkVersion: string;
  evaluatorName: string;
  evaluatedOn: string;
}

const SHEET = 'Matrice';
const COLUMNS = ['Code', 'Domaine', 'Sous-domaine', 'Acquis (Oui/Non)', 'Commentaire'] as const;
const YES = 'Oui';
const NO = 'Non';
const MAX_COMMENT = 1000;
/** A matrix holds 28 rows: anything far bigger is not one (and is not read further). */
const MAX_ROWS = 500;

/**
 * The evaluation matrix as an Excel template: one row per sub-domain of the evaluation's framework
 * version, the scores already given filled in, a list (Oui/Non) on the "acquired" column, and the
 * lines the evaluator and the candidate date and sign before it is uploaded as the matrix document.
 */
export async function writeMatrixWorkbook(
  out: Writable,
  header: MatrixHeader,
  framework: Framework,
  scores: SubDomainScore[],
): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(SHEET);
  sheet.columns = [{ width: 9 }, { width: 42 }, { width: 60 }, { width: 18 }, { width: 50 }];
  const lines: [string, string][] = [
    ['Dossier', header.reference],
    ['Candidat', header.candidate],
    ['Évaluation', header.kind === 'preliminary' ? 'préalable' : 'finale'],
    ['Référentiel CléA', header.frameworkVersion],
    ['Évaluateur', header.evaluatorName],
    ['Date', header.evaluatedOn],
  ];
  for (const line of lines) sheet.addRow(line).getCell(1).font = { bold: true };
  sheet.addRow([]);
  const head = sheet.addRow([...COLUMNS]);
  head.font = { bold: true };
  const given = new Map(scores.map((s) => [s.subDomainId, s]));
  for (const domain of framework.domains)
    for (const sub of domain.subDomains) {
      const score = given.get(sub.id);
      const row = sheet.addRow([
        sub.id,
        `${domain.id}. ${domain.title}`,
        sub.title,
        score ? (score.acquired ? YES : NO) : '',
        score?.comment ?? '',
      ]);
      row.getCell(4).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${YES},${NO}"`],
        showErrorMessage: true,
        error: `${YES} ou ${NO}`,
      };
    }
  sheet.addRow([]);
  sheet.addRow(['', 'Date et signature de l’évaluateur :']);
  sheet.addRow(['', 'Date et signature du candidat :']);
  await book.xlsx.write(out);
}

export interface MatrixRowError {
  field: string;
  message: string;
}

/** The scores a filled matrix gives, or the rows that are wrong (each named by its line in the sheet). */
export type MatrixReading = { scores: SubDomainScore[] } | { errors: MatrixRowError[] };

const text = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '').trim();
  return String(value).trim();
};

/**
 * Reads a filled matrix back, row by row: each row names a sub-domain of the framework version (once),
 * "acquired" is Oui, Non or left empty (not scored yet), the comment at most 1,000 characters. Every
 * wrong row is reported, not only the first.
 */
export async function readMatrixWorkbook(
  input: Readable | Buffer,
  framework: Framework,
): Promise<MatrixReading> {
  const book = new ExcelJS.Workbook();
  try {
    if (Buffer.isBuffer(input)) await book.xlsx.load(input as unknown as ArrayBuffer);
    else await book.xlsx.read(input);
  } catch {
    return { errors: [{ field: 'file', message: 'not an Excel workbook (.xlsx)' }] };
  }
  const sheet = book.getWorksheet(SHEET) ?? book.worksheets[0];
  if (!sheet) return { errors: [{ field: 'file', message: 'the workbook has no sheet' }] };
  let headRow = 0;
  sheet.eachRow((row, n) => {
    if (!headRow && text(row.getCell(1).value) === COLUMNS[0]) headRow = n;
  });
  if (!headRow)
    return {
      errors: [{ field: 'file', message: `no "${COLUMNS[0]}" column: download the matrix template again` }],
    };

  const known = new Set(framework.domains.flatMap((d) => d.subDomains.map((s) => s.id)));
  const seen = new Set<string>();
  const scores: SubDomainScore[] = [];
  const errors: MatrixRowError[] = [];
  const last = Math.min(sheet.rowCount, headRow + MAX_ROWS);
  for (let n = headRow + 1; n <= last; n += 1) {
    const row = sheet.getRow(n);
    const code = text(row.getCell(1).value);
    const acquired = text(row.getCell(4).value);
    const comment = text(row.getCell(5).value);
    if (!code) {
      if (acquired || comment)
        errors.push({ field: `rows.${n}`, message: 'a score without a sub-domain code' });
      continue;
    }
    const field = `rows.${n}`;
    if (!known.has(code)) {
      errors.push({ field, message: `${code} is not a sub-domain of framework ${framework.version}` });
      continue;
    }
    if (seen.has(code)) {
      errors.push({ field, message: `${code} is scored twice` });
      continue;
    }
    seen.add(code);
    const answer = acquired.toLowerCase();
    if (answer && answer !== YES.toLowerCase() && answer !== NO.toLowerCase()) {
      errors.push({
        field,
        message: `${code}: "acquired" is ${YES}, ${NO} or empty, not "${acquired.slice(0, 20)}"`,
      });
      continue;
    }
    if (comment.length > MAX_COMMENT) {
      errors.push({ field, message: `${code}: the comment holds more than ${MAX_COMMENT} characters` });
      continue;
    }
    if (!answer) continue;
    scores.push({
      subDomainId: code,
      acquired: answer === YES.toLowerCase(),
      ...(comment ? { comment } : {}),
    });
  }
  return errors.length ? { errors } : { scores };
}
