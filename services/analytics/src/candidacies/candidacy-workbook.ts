import type { RpcResponse } from '@certhub/contracts';
import { writeSheet, writeWorkbook } from '@certhub/platform';
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

const INDICATOR_COLUMNS = [
  { header: 'Indicator', width: 32 },
  { header: 'Value', width: 24 },
];

const ABANDONED_COLUMNS = [
  { header: 'Reference', key: 'reference', width: 18 },
  { header: 'Establishment', key: 'establishmentId', width: 22 },
  { header: 'Abandoned', key: 'abandonedAt', width: 14, style: { numFmt: DATE } },
  { header: 'Reason', key: 'reason', width: 48 },
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
  await writeWorkbook(out, async (workbook) => {
    const figures = [
      ['Generated at', stats.asOf],
      ['Candidacies', stats.candidacies],
      ['Certified', stats.certified],
      ['In progress', stats.inProgress],
      ['Not certified', stats.notCertified],
      ['Abandoned', stats.abandoned],
      [],
      ...stats.byStatus.map((s) => [s.status, s.count]),
    ];
    await writeSheet(workbook, 'Figures', INDICATOR_COLUMNS, figures);
    await writeSheet(workbook, 'Candidacies', CANDIDACY_COLUMNS, candidacies);
  });
}

/** "Export des dossiers abandonnés sur 30 jours". */
export async function writeAbandonedWorkbook(
  out: Writable,
  days: number,
  rows: Rows<Abandoned>,
): Promise<void> {
  async function* withDates() {
    for await (const row of rows) yield { ...row, abandonedAt: new Date(row.abandonedAt) };
  }
  await writeWorkbook(out, (workbook) =>
    writeSheet(workbook, `Abandoned ${days} days`, ABANDONED_COLUMNS, withDates()),
  );
}
