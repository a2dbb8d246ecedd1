import { DomainError } from '@certhub/platform';
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';

/** A workbook's shape: each sheet's name and header row (its first non-empty row), in order. */
export type SheetHeaders = { name: string; header: string[] }[];

/**
 * Reads only what the comparison needs, through exceljs's streaming reader: one row per sheet is
 * materialised, never the whole workbook.
 */
export async function readSheetHeaders(input: string | Readable): Promise<SheetHeaders> {
  const reader = workbookReader(input);
  const sheets: SheetHeaders = [];
  try {
    for await (const sheet of reader) {
      const worksheet = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      let header: string[] = [];
      for await (const row of worksheet) {
        header = rowTexts(row);
        break;
      }
      sheets.push({ name: worksheet.name, header });
    }
  } catch (error) {
    throw new DomainError('validation_failed', `the spreadsheet cannot be read: ${String(error)}`);
  }
  return sheets;
}

/** Cells and sheets as they come, never the workbook whole; styles and links are not read. */
export const workbookReader = (input: string | Readable) =>
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
