import { RpcCatalog, type RpcPayload, type RpcResponse } from '@certhub/contracts';
import { writeSheet, writeWorkbook, type WorkbookWriter } from '@certhub/platform';
import type { CellValue } from 'exceljs';
import type { Writable } from 'node:stream';

export type AnalyticsFilters = RpcPayload<'analytics.dashboard'>;
type Dashboard = RpcResponse<'analytics.dashboard'>;
export type PagedSubject =
  | 'analytics.dossiers-by-status'
  | 'analytics.lead-times'
  | 'analytics.findings-by-requirement'
  | 'analytics.overdue-findings'
  | 'analytics.audits-per-month';
type RowOf<K extends PagedSubject> = RpcResponse<K>['items'][number];

/** The reports behind the sheets, answered for the caller (the same use cases as the JSON routes). */
export type Reports = { [K in PagedSubject]: (request: RpcPayload<K>) => Promise<RpcResponse<K>> };

/** The sheets one may ask for alone (`report`), named as the JSON reports' paths. */
export const REPORTS = [
  'dossiers-by-status',
  'lead-times',
  'findings-by-requirement',
  'overdue-findings',
  'audits-per-month',
] as const;
export type ReportName = (typeof REPORTS)[number];

/** The largest page the pagination convention allows: the rows of one page are in memory at a time. */
const PAGE_SIZE = 100;
/** A sheet is cut here (and says so): beyond it, narrow the filters. */
const MAX_ROWS_PER_SHEET = 10_000;

interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

/** One sheet fed page by page from one report subject. */
interface PagedSheet {
  report: ReportName;
  name: string;
  columns: Column[];
  page: (page: number) => Promise<{ cells: CellValue[][]; total: number }>;
}

const SUMMARY_COLUMNS = [
  { header: 'Indicator', width: 28 },
  { header: 'Value', width: 24 },
];

const cb = (cbId: string | null): string => cbId ?? '(unassigned)';
const DATE = 'yyyy-mm-dd';

/**
 * Builds the workbook from the same reports the JSON routes answer, with the same filters and for
 * the same caller, so it shows exactly what the JSON shows to him. Sheets are streamed row by row:
 * one page is held at a time, whatever the export's size.
 */
export class AnalyticsWorkbook {
  constructor(private readonly reports: Reports) {}

  /** `only`: the dashboard's sheet and that report's, for one chart's export. */
  async write(
    out: Writable,
    filters: AnalyticsFilters,
    dashboard: Dashboard,
    only?: ReportName,
  ): Promise<void> {
    await writeWorkbook(out, async (workbook) => {
      const { asOf, ...counters } = dashboard;
      await writeSheet(workbook, 'Dashboard', SUMMARY_COLUMNS, [
        ['Generated at', asOf],
        ['CB', filters.cbId ?? 'all'],
        ['Scheme', filters.schemeId ?? 'all'],
        ['From', filters.from ?? ''],
        ['To', filters.to ?? ''],
        ...Object.entries(counters),
      ]);
      for (const sheet of this.sheets(filters).filter((s) => !only || s.report === only))
        await this.writePaged(workbook, sheet);
    });
  }

  private async writePaged(workbook: WorkbookWriter, sheet: PagedSheet): Promise<void> {
    async function* rows() {
      let [page, written, total] = [1, 0, 0];
      do {
        const answer = await sheet.page(page++);
        total = answer.total;
        const kept = answer.cells.slice(0, MAX_ROWS_PER_SHEET - written);
        yield* kept;
        written += kept.length;
        // Rows may vanish between two pages (a finding closed meanwhile): an empty page ends the sheet.
        if (answer.cells.length === 0) break;
      } while (written < Math.min(total, MAX_ROWS_PER_SHEET));
      if (written === MAX_ROWS_PER_SHEET && total > written)
        yield [`… cut at ${written} of ${total} rows: narrow the filters`];
    }
    const columns = sheet.columns.map(({ header, width, numFmt }) => ({
      header,
      width,
      ...(numFmt ? { style: { numFmt } } : {}),
    }));
    await writeSheet(workbook, sheet.name, columns, rows());
  }

  private sheets(filters: AnalyticsFilters): PagedSheet[] {
    return [
      this.paged('Dossiers by status', 'analytics.dossiers-by-status', filters, [
        [{ header: 'CB', width: 20 }, (r) => cb(r.cbId)],
        [{ header: 'Scheme', width: 20 }, (r) => r.schemeId],
        [{ header: 'Status', width: 26 }, (r) => r.status],
        [{ header: 'Dossiers', width: 10 }, (r) => r.count],
      ]),
      this.paged('Lead times', 'analytics.lead-times', filters, [
        [{ header: 'Metric', width: 28 }, (r) => r.metric],
        [{ header: 'CB', width: 20 }, (r) => cb(r.cbId)],
        [{ header: 'Scheme', width: 20 }, (r) => r.schemeId],
        [{ header: 'Items', width: 8 }, (r) => r.count],
        [{ header: 'Average (days)', width: 14 }, (r) => r.avgDays],
        [{ header: 'Median (days)', width: 14 }, (r) => r.p50Days],
        [{ header: '90th percentile (days)', width: 20 }, (r) => r.p90Days],
      ]),
      this.paged('Findings by requirement', 'analytics.findings-by-requirement', filters, [
        [{ header: 'CB', width: 20 }, (r) => cb(r.cbId)],
        [{ header: 'Scheme', width: 20 }, (r) => r.schemeId],
        [{ header: 'Requirement', width: 14 }, (r) => r.requirementId],
        [{ header: 'Severity', width: 10 }, (r) => r.severity],
        [{ header: 'Raised', width: 8 }, (r) => r.raised],
        [{ header: 'Open', width: 8 }, (r) => r.open],
        [{ header: 'Overdue', width: 8 }, (r) => r.overdue],
      ]),
      this.paged('Overdue findings', 'analytics.overdue-findings', filters, [
        [{ header: 'Number', width: 10 }, (r) => r.number],
        [{ header: 'Dossier', width: 20 }, (r) => r.dossierId],
        [{ header: 'Organisation', width: 20 }, (r) => r.organisationId],
        [{ header: 'CB', width: 20 }, (r) => cb(r.cbId)],
        [{ header: 'Scheme', width: 20 }, (r) => r.schemeId],
        [{ header: 'Requirement', width: 14 }, (r) => r.requirementId],
        [{ header: 'Severity', width: 10 }, (r) => r.severity],
        [{ header: 'Raised at', width: 12, numFmt: DATE }, (r) => new Date(r.raisedAt)],
        [{ header: 'Due date', width: 12, numFmt: DATE }, (r) => new Date(r.dueDate)],
        [{ header: 'Days overdue', width: 12 }, (r) => r.daysOverdue],
      ]),
      this.paged('Audits per month', 'analytics.audits-per-month', filters, [
        [{ header: 'Month', width: 10 }, (r) => r.month],
        [{ header: 'CB', width: 20 }, (r) => cb(r.cbId)],
        [{ header: 'Scheme', width: 20 }, (r) => r.schemeId],
        [{ header: 'Audits', width: 8 }, (r) => r.count],
      ]),
    ];
  }

  private paged<K extends PagedSubject>(
    name: string,
    subject: K,
    filters: AnalyticsFilters,
    columns: [Column, (row: RowOf<K>) => CellValue][],
  ): PagedSheet {
    return {
      report: subject.slice('analytics.'.length) as ReportName,
      name,
      columns: columns.map(([column]) => column),
      page: async (page) => {
        const request = RpcCatalog[subject].request.parse({ ...filters, page, pageSize: PAGE_SIZE });
        const answer = await (this.reports[subject] as (r: RpcPayload<K>) => Promise<RpcResponse<K>>)(
          request as RpcPayload<K>,
        );
        const rows = answer.items as RowOf<K>[];
        return { cells: rows.map((row) => columns.map(([, cell]) => cell(row))), total: answer.total };
      },
    };
  }
}
