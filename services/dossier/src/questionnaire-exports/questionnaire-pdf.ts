import PDFDocument from 'pdfkit';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { QuestionnaireExport } from './questionnaire-export';

const MARGIN = 50;

/**
 * The questionnaire as a PDF streamed to the response page by page (pdfkit flushes as it goes):
 * title, header lines, then per section its questions with the expected answer or the answer,
 * the condition (blank) or the comment (filled). Standard fonts cover French (WinAnsi).
 */
export async function writeQuestionnairePdf(out: Writable, doc: QuestionnaireExport): Promise<void> {
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: doc.title } });
  pdf.pipe(out);
  const width = pdf.page.width - 2 * MARGIN;
  pdf.font('Helvetica-Bold').fontSize(16).text(doc.title, { width });
  pdf.moveDown(0.5);
  for (const [key, value] of doc.header)
    pdf.font('Helvetica').fontSize(10).text(`${key} : ${value}`, { width });
  for (const section of doc.sections) {
    pdf.moveDown(1);
    pdf.font('Helvetica-Bold').fontSize(13).text(section.title, { width });
    if (section.description) pdf.font('Helvetica-Oblique').fontSize(9).text(section.description, { width });
    for (const row of section.rows) {
      pdf.moveDown(0.6);
      pdf
        .font('Helvetica-Bold')
        .fontSize(10)
        .text(`${row.number}. ${row.label}${row.required ? ' *' : ''}`, { width });
      if (row.help) pdf.font('Helvetica-Oblique').fontSize(9).text(row.help, { width });
      if (row.condition)
        pdf.font('Helvetica-Oblique').fontSize(9).fillColor('#555555').text(row.condition, { width });
      pdf.fillColor('black');
      const answer = doc.kind === 'filled' ? row.answer || '(sans réponse)' : row.answer;
      pdf
        .font('Helvetica')
        .fontSize(10)
        .text(`${doc.kind === 'filled' ? 'Réponse' : 'Réponse attendue'} : ${answer}`, {
          width,
        });
      if (row.comment)
        pdf.font('Helvetica-Oblique').fontSize(9).text(`Commentaire : ${row.comment}`, { width });
    }
  }
  pdf.moveDown(1);
  pdf.font('Helvetica').fontSize(8).text('* question obligatoire', { width });
  pdf.end();
  await finished(out);
}
