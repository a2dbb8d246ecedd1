import type { RpcResponse } from '@certhub/contracts';
import { stream, type CellValue } from 'exceljs';
import type { Writable } from 'node:stream';
import type { AppealDoc } from '../../appeals/appeal.schema';
import type { ComplaintDoc } from '../complaint.schema';

type Figures = RpcResponse<'complaints.statistics'>;
interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

const DATE = 'yyyy-mm-dd hh:mm';

/**
 * The complaints and appeals register as an Excel workbook, what an accreditation assessor asks
 * for: the figures, then one row per complaint and per appeal with its dates, status and outcome.
 * Never the complainant's identity nor the facts: the file leaves the handling staff's hands.
 * Streamed row by row.
 */
export async function writeRegisterWorkbook(
  out: Writable,
  register: { figures: Figures; complaints: ComplaintDoc[]; appeals: AppealDoc[] },
  scope: { cbId?: string; from?: string; to?: string },
): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = (name: string, columns: Column[], rows: CellValue[][]) => {
    const ws = workbook.addWorksheet(name);
    ws.columns = columns.map((c) => ({
      header: c.header,
      width: c.width,
      ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
    }));
    for (const row of rows) ws.addRow(row).commit();
    ws.commit();
  };
  const { complaints: c, appeals: a } = register.figures;
  const counts = (prefix: string, byKey: Record<string, number>): CellValue[][] =>
    Object.entries(byKey).map(([key, n]) => [`${prefix}: ${key}`, n]);
  sheet(
    'Figures',
    [
      { header: 'Indicator', width: 40 },
      { header: 'Value', width: 16 },
    ],
    [
      ['CB', scope.cbId ?? 'all'],
      ['From', scope.from ?? ''],
      ['To', scope.to ?? ''],
      ['Complaints', c.total],
      ['Complaints overdue', c.overdue],
      ...counts('Complaints by status', c.byStatus),
      ...counts('Complaints by subject', c.byAbout),
      ...counts('Complaints by scheme', c.byScheme),
      ...counts('Complaints by outcome', c.byOutcome),
      ['Mean days to take in charge', c.meanDaysToAcknowledge],
      ['Mean days to close', c.meanDaysToClose],
      ['Appeals', a.total],
      ['Appeals overdue', a.overdue],
      ...counts('Appeals by status', a.byStatus),
      ...counts('Appeals by decision', a.byDecision),
      ...counts('Appeals by scheme', a.byScheme),
      ['Mean days to decide an appeal', a.meanDaysToDecide],
    ],
  );
  sheet(
    'Complaints',
    [
      { header: 'Reference', width: 22 },
      { header: 'CB', width: 14 },
      { header: 'Received', width: 18, numFmt: DATE },
      { header: 'About', width: 24 },
      { header: 'Certificate', width: 24 },
      { header: 'Scheme', width: 16 },
      { header: 'Subject', width: 40 },
      { header: 'Status', width: 14 },
      { header: 'Take in charge by', width: 16 },
      { header: 'Taken in charge', width: 18, numFmt: DATE },
      { header: 'Answer by', width: 14 },
      { header: 'Closed', width: 18, numFmt: DATE },
      { header: 'Outcome', width: 18 },
      { header: 'Actions', width: 30 },
    ],
    register.complaints.map((r) => [
      r.reference,
      r.tenantId,
      r.receivedAt,
      r.about,
      r.certificateNumber ?? '',
      r.schemeId ?? '',
      r.subject,
      r.status,
      r.acknowledgeBy,
      r.acknowledgedAt ?? null,
      r.answerBy,
      r.closedAt ?? null,
      r.outcome ?? (r.status === 'dismissed' ? 'dismissed' : ''),
      (r.actions ?? []).map((x) => x.kind).join(', '),
    ]),
  );
  sheet(
    'Appeals',
    [
      { header: 'Reference', width: 22 },
      { header: 'CB', width: 14 },
      { header: 'Lodged', width: 18, numFmt: DATE },
      { header: 'Dossier', width: 22 },
      { header: 'Scheme', width: 16 },
      { header: 'Decision appealed', width: 22 },
      { header: 'Decision of', width: 18, numFmt: DATE },
      { header: 'Status', width: 14 },
      { header: 'Effect suspended', width: 16 },
      { header: 'Answer by', width: 14 },
      { header: 'Decided', width: 18, numFmt: DATE },
      { header: 'Closed', width: 18, numFmt: DATE },
    ],
    register.appeals.map((r) => [
      r.reference,
      r.cbId,
      r.lodgedAt,
      r.dossierReference,
      r.schemeId,
      r.decision,
      r.contestedAt,
      r.status,
      r.effectSuspended ? 'yes' : 'no',
      r.answerBy,
      r.decidedAt ?? null,
      r.closedAt ?? null,
    ]),
  );
  await workbook.commit();
}
