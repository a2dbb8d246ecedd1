import type { RpcResponse } from '@certhub/contracts';
import { writeSheet, writeWorkbook } from '@certhub/platform';
import type { CellValue, Column } from 'exceljs';
import type { Writable } from 'node:stream';
import type { AppealDoc } from '../../appeals/appeal.schema';
import type { ComplaintDoc } from '../complaint.schema';

type Figures = RpcResponse<'complaints.statistics'>;

const DATE = 'yyyy-mm-dd hh:mm';
/** A column of the register: a date column shows its time too. */
const column = (header: string, width: number, numFmt?: string): Partial<Column> => ({
  header,
  width,
  ...(numFmt ? { style: { numFmt } } : {}),
});

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
  const { complaints: c, appeals: a } = register.figures;
  const counts = (prefix: string, byKey: Record<string, number>): CellValue[][] =>
    Object.entries(byKey).map(([key, n]) => [`${prefix}: ${key}`, n]);
  await writeWorkbook(out, async (workbook) => {
    await writeSheet(
      workbook,
      'Figures',
      [column('Indicator', 40), column('Value', 16)],
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
    await writeSheet(
      workbook,
      'Complaints',
      [
        column('Reference', 22),
        column('CB', 14),
        column('Received', 18, DATE),
        column('About', 24),
        column('Certificate', 24),
        column('Scheme', 16),
        column('Subject', 40),
        column('Status', 14),
        column('Take in charge by', 16),
        column('Taken in charge', 18, DATE),
        column('Answer by', 14),
        column('Closed', 18, DATE),
        column('Outcome', 18),
        column('Actions', 30),
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
    await writeSheet(
      workbook,
      'Appeals',
      [
        column('Reference', 22),
        column('CB', 14),
        column('Lodged', 18, DATE),
        column('Dossier', 22),
        column('Scheme', 16),
        column('Decision appealed', 22),
        column('Decision of', 18, DATE),
        column('Status', 14),
        column('Effect suspended', 16),
        column('Answer by', 14),
        column('Decided', 18, DATE),
        column('Closed', 18, DATE),
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
  });
}
