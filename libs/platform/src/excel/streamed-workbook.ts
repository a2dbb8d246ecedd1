import type { Column, stream } from 'exceljs';
import type { Writable } from 'node:stream';

export type WorkbookWriter = stream.xlsx.WorkbookWriter;

/** A sheet's row: its cells in column order, or its values by column key. */
export type SheetRow = unknown[] | Record<string, unknown>;

/**
 * Streams an Excel workbook into `out`: `fill` adds its sheets (`writeSheet`), whose rows are
 * committed as they are written, so one row is in memory at a time whatever the export's size.
 * exceljs loads on the first export, not with every service that imports the platform.
 */
export async function writeWorkbook(
  out: Writable,
  fill: (workbook: WorkbookWriter) => Promise<void>,
): Promise<void> {
  const { stream } = await import('exceljs');
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  await fill(workbook);
  await workbook.commit();
}

/** Adds a sheet with these columns, writes its rows as they come, and commits it. */
export async function writeSheet(
  workbook: WorkbookWriter,
  name: string,
  columns: Partial<Column>[],
  rows: Iterable<SheetRow> | AsyncIterable<SheetRow>,
): Promise<void> {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns;
  for await (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
}
