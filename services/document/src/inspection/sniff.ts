import type { FileKind } from '@certhub/contracts';

/**
 * What the first bytes say. Zip-based formats (docx, xlsx, odt, ods) all start as a zip: the zip
 * inspection tells them apart from their entries. OLE2 compound files (doc, xls) share one magic
 * number; the stream names in their directory tell Word from Excel.
 */
export type Sniffed = { family: 'zip' } | { family: 'plain'; kind: FileKind } | { family: 'unknown' };

/** Bytes of the head the sniffer needs at most (OLE2 directories of small files sit in the first sectors). */
export const SNIFF_BYTES = 64 * 1024;

const PDF = Buffer.from('%PDF-');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const utf16 = (name: string) => Buffer.from(name, 'utf16le');
const WORD_STREAM = utf16('WordDocument');
const EXCEL_STREAMS = [utf16('Workbook'), utf16('Book')];

const startsWith = (head: Buffer, magic: Buffer) =>
  head.length >= magic.length && head.subarray(0, magic.length).equals(magic);

export function sniff(head: Buffer): Sniffed {
  // PDF readers accept the header within the first KiB; producers put it first.
  if (startsWith(head, PDF)) return { family: 'plain', kind: 'pdf' };
  if (startsWith(head, PNG)) return { family: 'plain', kind: 'png' };
  if (startsWith(head, JPEG)) return { family: 'plain', kind: 'jpeg' };
  if (startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_EMPTY)) return { family: 'zip' };
  if (startsWith(head, OLE2)) {
    if (head.includes(WORD_STREAM)) return { family: 'plain', kind: 'doc' };
    if (EXCEL_STREAMS.some((name) => head.includes(name))) return { family: 'plain', kind: 'xls' };
  }
  return { family: 'unknown' };
}

/** What a download declares: derived from the recognised kind, never from what the uploader said. */
export const CONTENT_TYPES: Readonly<Record<FileKind, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  zip: 'application/zip',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};
