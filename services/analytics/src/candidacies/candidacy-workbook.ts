import type { RpcResponse } from '@certhub/contracts';
import { stream } from 'exceljs';
import type { Writable } from 'node:stream';
import type { CandidacyState } from './candidacy-state.schema';

const DATE = 'yyyy-mm-dd';
type Stats = RpcResponse<'analytics.candidacy-stats'>;
type Abandoned = RpcResponse<'analytics.candidacy-abandoned'>['items'][number];

/** Rows come from a cursor: one row in memory at a time, whatever the perimeter's size. */
type Rows<T> = AsyncIterable<T>;

const CANDIDACY_COLUMNS = [
  { header: 'Reference', key: 'reference', width: 18 },
  { header: 'Establishment', key: 'establishmentId', width: 22 },
  { header: 'Organisation', key: 'trainingOrganisationId', width: 22 },
  { header: 'Network', key: 'networkId', width: 18 },
  { header: 'Certifier', key: 'certifierId', width: 16 },
  { header: 'Status', key: 'status', width: 32 },
  { header: 'Status since', key: 'statusAt', width: 14, style: { numFmt: DATE } },
  { header: 'Registered', key: 'createdAt', width: 14, style: { numFmt: DATE } },
  { header: 'Certified', key: 'certifiedAt', width: 14, style: { numFmt: DATE } },
  { header: 'Abandoned', key: 'abandonedAt', width: 14, style: { numFmt: DATE } },
];

/**
 * "Télécharger l'ensemble des statistiques": the general figures, the count per status, and one
 * row per candidacy of the perimeter (no personal data: the sheet is in the candidacy service).
 */
export async function writeStatsWorkbook(
  out: Writable,
  stats: Stats,
  candidacies: Rows<Omit<CandidacyState, 'tenantId' | 'statusSeq' | 'placeSeq' | 'deleted'>>,
): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const figures = workbook.addWorksheet('Figures');
  figures.columns = [
    { header: 'Indicator', width: 32 },
    { header: 'Value', width: 24 },
  ];
  for (const row of [
    ['Generated at', stats.asOf],
    ['Candidacies', stats.candidacies],
    ['Certified', stats.certified],
    ['In progress', stats.inProgress],
    ['Not certified', stats.notCertified],
    ['Abandoned', stats.abandoned],
    [],
    ...stats.byStatus.map((s) => [s.status, s.count]),
  ])
    figures.addRow(row).commit();
  figures.commit();
  const sheet = workbook.addWorksheet('Candidacies');
  sheet.columns = CANDIDACY_COLUMNS;
  for await (const c of candidacies) sheet.addRow(c).commit();
  sheet.commit();
  await workbook.commit();
}

/** "Export des dossiers abandonnés sur 30 jours". */
export async function writeAbandonedWorkbook(
  out: Writable,
  days: number,
  rows: Rows<Abandoned>,
): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(`Abandoned ${days} days`);
  sheet.columns = [
    { header: 'Reference', key: 'reference', width: 18 },
    { header: 'Establishment', key: 'establishmentId', width: 22 },
    { header: 'Abandoned', key: 'abandonedAt', width: 14, style: { numFmt: DATE } },
    { header: 'Reason', key: 'reason', width: 48 },
  ];
  for await (const row of rows) sheet.addRow({ ...row, abandonedAt: new Date(row.abandonedAt) }).commit();
  sheet.commit();
  await workbook.commit();
}
