import { checkSiret, type ErrorDetail, type SpreadsheetRows } from '@certhub/contracts';

const MAX_NAME = 200;

export interface SiteRow {
  row: number;
  siret: string;
  /** Given in the file: replaces the registry's name. */
  name?: string;
}

/**
 * What the rows of a sites spreadsheet declare, and every reason a row is rejected, each on its
 * cell (`rows.<line>.siret`, line as Excel numbers it): a SIRET missing, malformed, of another
 * company, repeated in the file or already declared; a name too long. The registry is asked later,
 * about the rows that pass.
 */
export function readSiteRows(
  { rows }: Pick<SpreadsheetRows, 'rows'>,
  siren: string,
  declared: ReadonlySet<string>,
): { sites: SiteRow[]; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const sites: SiteRow[] = [];
  const firstRowOf = new Map<string, number>();
  const reject = (row: number, column: 'siret' | 'name', message: string) =>
    errors.push({ field: `rows.${row}.${column}`, message: `row ${row}: ${message}` });
  for (const { row, cells } of rows) {
    const [rawSiret = '', rawName = ''] = cells.map((cell) => cell.trim());
    const name = rawName || undefined;
    if (name && name.length > MAX_NAME) reject(row, 'name', `the name exceeds ${MAX_NAME} characters`);
    if (!rawSiret) {
      reject(row, 'siret', 'the SIRET is missing');
      continue;
    }
    const siret = checkSiret(rawSiret);
    if (!siret.ok) {
      reject(row, 'siret', `${rawSiret}: ${siret.reason}`);
      continue;
    }
    const value = siret.value;
    const first = firstRowOf.get(value);
    if (first !== undefined) reject(row, 'siret', `SIRET ${value} is already on row ${first}`);
    else if (!value.startsWith(siren))
      reject(row, 'siret', `SIRET ${value} is not an establishment of this organisation (SIREN ${siren})`);
    else if (declared.has(value)) reject(row, 'siret', `the site with SIRET ${value} is already declared`);
    else if (!name || name.length <= MAX_NAME) sites.push({ row, siret: value, ...(name ? { name } : {}) });
    if (first === undefined) firstRowOf.set(value, row);
  }
  if (!rows.length) errors.push({ field: 'documentId', message: 'the spreadsheet lists no site' });
  return { sites, errors };
}
