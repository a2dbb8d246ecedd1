import { DomainError } from '@certhub/platform';
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';

/** A workbook's shape: each sheet's name and header row (its first non-empty row), in order. */
export type SheetHeaders = { name: string; header: string[] }[];

/**
 * Reads only what the comparison needs. A file on disk goes through exceljs's streaming reader (one
 * row per sheet materialised, never the whole workbook); that reader fails on workbooks whose sheets
 * come before `xl/workbook.xml` in the zip (exceljs writes its entries in no fixed order), and such a
 * file is then read whole. A stream (a stored template: small) is read whole.
 */
export async function readSheetHeaders(input: string | Readable): Promise<SheetHeaders> {
  try {
    if (typeof input !== 'string') return headersOf(await loadWorkbook(input));
    try {
      return await streamedHeaders(input);
    } catch {
      return headersOf(await new ExcelJS.Workbook().xlsx.readFile(input));
    }
  } catch (error) {
    throw new DomainError('validation_failed', `the spreadsheet cannot be read: ${String(error)}`);
  }
}

/** A whole workbook from a stream: for small files only (the caller bounds the size). */
export async function loadWorkbook(input: Readable): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Uint8Array));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return workbook;
}

const headersOf = (workbook: ExcelJS.Workbook): SheetHeaders =>
  workbook.worksheets.map((sheet) => {
    let header: string[] = [];
    sheet.eachRow((row) => {
      if (!header.length) header = rowTexts(row);
    });
    return { name: sheet.name, header };
  });

async function streamedHeaders(path: string): Promise<SheetHeaders> {
  const sheets: SheetHeaders = [];
  for await (const sheet of workbookReader(path)) {
    const worksheet = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    let header: string[] = [];
    for await (const row of worksheet) {
      header = rowTexts(row);
      break;
    }
    sheets.push({ name: worksheet.name, header });
  }
  return sheets;
}

/** Cells and sheets as they come, never the workbook whole; styles and links are not read. */
const workbookReader = (input: string | Readable) =>
  new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });

export function rowTexts(row: ExcelJS.Row): string[] {
  const values = (row.values as unknown[]).slice(1);
  const texts = values.map((v) => cellText(v).trim());
  while (texts.length && texts[texts.length - 1] === '') texts.pop();
  return texts;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: string; result?: unknown };
    if (v.richText) return v.richText.map((part) => part.text).join('');
    if (typeof v.text === 'string') return v.text;
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value as string);
}

/**
 * What differs between an upload and its template, in words a user can act on; empty when the
 * upload keeps the template's sheets (same names, same order) and each sheet's header row.
 */
export function templateDifferences(template: SheetHeaders, upload: SheetHeaders): string[] {
  const differences: string[] = [];
  const expected = template.map((s) => s.name);
  const actual = upload.map((s) => s.name);
  const missing = expected.filter((name) => !actual.includes(name));
  const extra = actual.filter((name) => !expected.includes(name));
  if (missing.length) differences.push(`missing sheet(s): ${missing.map(quote).join(', ')}`);
  if (extra.length) differences.push(`sheet(s) not in the template: ${extra.map(quote).join(', ')}`);
  if (!missing.length && !extra.length && expected.join('\u0000') !== actual.join('\u0000')) {
    differences.push(`sheets are in another order: expected ${expected.map(quote).join(', ')}`);
  }
  for (const sheet of template) {
    const mine = upload.find((s) => s.name === sheet.name);
    if (!mine) continue;
    const columns = Math.max(sheet.header.length, mine.header.length);
    for (let i = 0; i < columns; i++) {
      const want = sheet.header[i] ?? '';
      const got = mine.header[i] ?? '';
      if (want !== got) {
        differences.push(
          `sheet ${quote(sheet.name)}, column ${columnName(i)}: header ${quote(got)} where the template has ${quote(want)}`,
        );
      }
    }
  }
  return differences;
}

const quote = (s: string) => `"${s}"`;

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
