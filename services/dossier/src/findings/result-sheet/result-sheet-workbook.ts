import { CONTROL_METHOD_LABELS, type ControlMethod, type ResultSheetResponse } from '@certhub/contracts';
import { stream } from 'exceljs';
import type { Writable } from 'node:stream';

const VERDICT_LABELS = { conform: 'Conforme', non_conform: 'Non conforme', not_applicable: 'Non applicable' };

/** The result sheet as one Excel sheet, streamed like the questionnaire export: one row per requirement. */
export async function writeResultSheetWorkbook(
  out: Writable,
  sheet: ResultSheetResponse,
  header: [string, string][],
): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = workbook.addWorksheet('Fiche de résultats');
  ws.columns = [
    { header: 'Exigence', width: 10 },
    { header: 'Intitulé', width: 60 },
    { header: 'Méthodes de contrôle', width: 30 },
    { header: 'Verdict', width: 16 },
    { header: 'Commentaire', width: 50 },
    { header: 'Non-conformités', width: 20 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const [key, value] of header) ws.addRow([key, value]).commit();
  for (const row of sheet.rows) {
    const added = ws.addRow([
      row.requirementId,
      row.title,
      row.controlMethods.map((m) => CONTROL_METHOD_LABELS[m as ControlMethod] ?? m).join(', '),
      row.verdict ? VERDICT_LABELS[row.verdict] : '(à renseigner)',
      row.comment ?? '',
      row.findingNumbers.join(', '),
    ]);
    added.alignment = { wrapText: true, vertical: 'top' };
    added.commit();
  }
  ws.commit();
  await workbook.commit();
}
