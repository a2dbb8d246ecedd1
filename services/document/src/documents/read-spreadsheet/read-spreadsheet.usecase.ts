import { Injectable } from '@nestjs/common';
import { SPREADSHEET_MAX_ROWS, type SpreadsheetRows } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import type ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import { loadWorkbook, rowTexts } from '../../inspection/spreadsheet-template';
import { DocumentStorage } from '../../storage/document-storage';
import { CheckDocuments } from '../check-documents/check-documents.usecase';
import { DocumentRepository } from '../document.repository';
import { currentVersion } from '../dto/document.response';

/** The workbook is read whole (see readSheetHeaders): imports are small files. */
const MAX_BYTES = 5 * 1024 ** 2;
/** Longer cells are cut: no field an import reads is anywhere near, and answers stay small. */
const MAX_CELL_CHARS = 500;

/**
 * The cell texts of a spreadsheet's first sheet, for the service that owns the data a user imports
 * from it: the document is checked as any reference is (its context and tenant, clean, live), and
 * its bytes are read here, so they never travel over the bus.
 */
@Injectable()
export class ReadSpreadsheet {
  constructor(
    private readonly check: CheckDocuments,
    private readonly documents: DocumentRepository,
    private readonly storage: DocumentStorage,
  ) {}

  readonly execute: RpcHandler<'document.spreadsheets.read'> = async (principal, { reference, columns }) => {
    const { errors } = await this.check.execute(principal, { references: [reference] });
    if (errors.length) throw DomainError.invalid(errors);
    const document = await this.documents.findLive(reference.documentId);
    if (!document) throw DomainError.notFound(`document ${reference.documentId}`);
    const version = currentVersion(document);
    if (version.size > MAX_BYTES)
      throw DomainError.invalid([
        { field: reference.field, message: `the spreadsheet exceeds ${MAX_BYTES / 1024 ** 2} MB: split it` },
      ]);
    if (version.fileKind !== 'xlsx')
      throw DomainError.invalid([
        { field: reference.field, message: `document ${document._id} is not an Excel workbook (.xlsx)` },
      ]);
    return firstSheetRows(await this.storage.get(version.key), columns, reference.field);
  };
}

async function firstSheetRows(input: Readable, columns: number, field: string): Promise<SpreadsheetRows> {
  const cut = (texts: string[]) =>
    Array.from({ length: columns }, (_, i) => (texts[i] ?? '').slice(0, MAX_CELL_CHARS));
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    sheet = (await loadWorkbook(input)).worksheets[0];
  } catch (error) {
    throw DomainError.invalid([{ field, message: `the spreadsheet cannot be read: ${String(error)}` }]);
  }
  if (!sheet) throw DomainError.invalid([{ field, message: 'the spreadsheet has no sheet' }]);
  let header: string[] | undefined;
  const rows: SpreadsheetRows['rows'] = [];
  sheet.eachRow((row) => {
    const texts = rowTexts(row);
    if (!texts.length) return;
    if (!header) header = cut(texts);
    else rows.push({ row: row.number, cells: cut(texts) });
  });
  if (rows.length > SPREADSHEET_MAX_ROWS)
    throw DomainError.invalid([
      { field, message: `the spreadsheet holds more than ${SPREADSHEET_MAX_ROWS} rows: split it` },
    ]);
  return { sheet: sheet.name, header: header ?? [], rows };
}
