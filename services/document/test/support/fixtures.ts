import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';

/** A PDF as far as magic bytes go, unique per call (the duplicate check compares SHA-256). */
export function pdfBytes(size = 2048): Buffer {
  const head = Buffer.from('%PDF-1.7\n');
  return Buffer.concat([head, randomBytes(Math.max(0, size - head.length))]);
}

export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  randomBytes(64),
]);

/** The EICAR test string every antivirus reports (not a virus, a standard test file). */
export const EICAR = Buffer.from(
  'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*',
  'latin1',
);

/** A workbook with these sheets, each with its header row and one data row. */
export async function workbook(sheets: Record<string, string[]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, header] of Object.entries(sheets)) {
    const sheet = wb.addWorksheet(name);
    sheet.addRow(header);
    sheet.addRow(header.map((_, i) => i + 1));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
