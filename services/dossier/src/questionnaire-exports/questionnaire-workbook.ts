import { stream } from 'exceljs';
import type { Writable } from 'node:stream';
import type { QuestionnaireExport } from './questionnaire-export';

/**
 * The questionnaire as one Excel sheet, written row by row to the response (streaming writer, as
 * the analytics export): header lines, then per section a title row and its questions.
 */
export async function writeQuestionnaireWorkbook(out: Writable, doc: QuestionnaireExport): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('Questionnaire');
  const filled = doc.kind === 'filled';
  sheet.columns = [
    { header: 'N°', width: 8 },
    { header: 'Question', width: 60 },
    { header: 'Obligatoire', width: 12 },
    { header: filled ? 'Réponse' : 'Réponse attendue', width: 50 },
    { header: filled ? 'Commentaire' : 'Condition', width: 50 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([doc.title]).commit();
  for (const [key, value] of doc.header) sheet.addRow([key, value]).commit();
  for (const section of doc.sections) {
    const title = sheet.addRow(['', section.title]);
    title.font = { bold: true };
    title.commit();
    if (section.description) sheet.addRow(['', section.description]).commit();
    for (const row of section.rows) {
      const label = row.help ? `${row.label}\n${row.help}` : row.label;
      const added = sheet.addRow([
        row.number,
        label,
        row.required ? 'Oui' : 'Non',
        row.answer,
        (filled ? row.comment : row.condition) ?? '',
      ]);
      added.alignment = { wrapText: true, vertical: 'top' };
      added.commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}
