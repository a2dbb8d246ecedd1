import { SITES_IMPORT_TEMPLATE } from '@certhub/contracts';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/**
 * The templates the seeded schemes' questionnaires point to (`templateDocumentId` of their
 * `file_from_template` questions): stored once as documents of the `template:schemes` context, so
 * they are downloaded like any document and an uploaded spreadsheet is checked against them.
 * Their ids are the schemes' references to them: change one only with the scheme's seed.
 */
export interface SchemeTemplate {
  documentId: string;
  fileName: string;
  build(): Promise<Buffer>;
}

export const TEMPLATES_CONTEXT = 'template:schemes';

/** Whoever seeds the platform's own documents (no user uploaded them). */
export const PLATFORM_TENANT = 'platform';

/** One sheet, one bold header row: what an upload made from it must keep. */
async function sheetWorkbook(sheet: string, header: readonly string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CertHub';
  const worksheet = workbook.addWorksheet(sheet);
  worksheet.addRow([...header]);
  worksheet.getRow(1).font = { bold: true };
  worksheet.columns.forEach((column) => (column.width = 24));
  // SIRETs stay text: Excel would drop a leading zero and print 14 digits as 9.01E+13.
  worksheet.getColumn(1).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The sites and subcontractors, one row each: what the sites table of the questionnaire asks. */
const sitesWorkbook = () =>
  sheetWorkbook('Sites', ['SIRET', 'Nom', 'Rôle (site ou sous-traitant)', 'Adresse', 'Code postal', 'Ville']);

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A one-page Word letter: the parts a docx needs and nothing else. */
async function letter(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`);
  zip.file(
    'word/document.xml',
    `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const engagement = (scheme: string) =>
  letter([
    `Lettre d’engagement — ${scheme}`,
    'Je soussigné(e) ………………………………, agissant en qualité de ……………………………… de la société ………………………………,',
    `m’engage, au nom de celle-ci, à respecter le règlement et le référentiel de la ${scheme}, à informer l’organisme certificateur de toute modification pouvant affecter la certification, et à faire un usage conforme de la marque et du certificat.`,
    'Fait à ………………………, le ……/……/…………',
    'Signature et cachet de la société :',
  ]);

export const SCHEME_TEMPLATES: readonly SchemeTemplate[] = [
  { documentId: 'template-label-sites', fileName: 'modele-declaration-sites.xlsx', build: sitesWorkbook },
  // Not a scheme's: the organisation's sites import (identity reads the uploads), stored alike.
  {
    documentId: SITES_IMPORT_TEMPLATE.documentId,
    fileName: SITES_IMPORT_TEMPLATE.fileName,
    build: () => sheetWorkbook(SITES_IMPORT_TEMPLATE.sheet, SITES_IMPORT_TEMPLATE.columns),
  },
  {
    documentId: 'template-label-engagement',
    fileName: 'lettre-engagement-label.docx',
    build: () => engagement('certification du label'),
  },
  {
    documentId: 'template-amarc-lettre-engagement',
    fileName: 'lettre-engagement-amarc.docx',
    build: () => engagement('Certification de Services AMARC'),
  },
];
