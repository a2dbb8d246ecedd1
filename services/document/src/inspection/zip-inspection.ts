import type { FileKind } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the entries' uncompressed sizes, declared and actual. */
  maxUncompressedBytes: number;
  /** Uncompressed / compressed size of one entry beyond which it is a bomb (checked above 1 MiB). */
  maxRatio: number;
}

export interface ZipReport {
  kind: Extract<FileKind, 'zip' | 'docx' | 'xlsx' | 'odt' | 'ods'>;
  entries: number;
  uncompressedBytes: number;
}

const RATIO_FLOOR = 1024 * 1024;
const ODF_TYPES: Record<string, ZipReport['kind']> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

const refuse = (message: string, details?: unknown) => new DomainError('validation_failed', message, details);

/** A name that would write outside the extraction folder (or is not a plain relative path). */
export function unsafeEntryName(name: string): string | undefined {
  if (name.includes('\\')) return 'contains a backslash';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'is an absolute path';
  if (name.split('/').some((segment) => segment === '..')) return 'climbs out of the folder (..)';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f]/.test(name)) return 'contains control characters';
  return undefined;
}

/**
 * Reads the zip's central directory and inflates each entry to count its real size, without
 * extracting anything (bytes are counted, then dropped). Refuses path traversal names, too many
 * entries, declared or actual sizes beyond the limits, and entries compressed beyond the ratio.
 * Also tells a plain zip from the Office and OpenDocument formats built on it.
 */
export async function inspectZip(path: string, limits: ZipLimits): Promise<ZipReport> {
  const zip = await open(path);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw refuse(`the archive holds ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed`);
    }
    const names = new Set<string>();
    let declared = 0;
    let actual = 0;
    let mimetype: string | undefined;
    for (let entry = await next(zip); entry; entry = await next(zip)) {
      const name = entryName(entry);
      const unsafe = unsafeEntryName(name);
      if (unsafe) throw refuse(`the archive entry "${name}" ${unsafe}: refused`, { entry: name });
      names.add(name);
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) {
        throw refuse(
          `the archive declares more than ${limits.maxUncompressedBytes} bytes once uncompressed: refused as a zip bomb`,
        );
      }
      if (
        entry.uncompressedSize > RATIO_FLOOR &&
        entry.uncompressedSize > entry.compressedSize * limits.maxRatio
      ) {
        throw refuse(
          `the archive entry "${name}" is compressed beyond ${limits.maxRatio}:1: refused as a zip bomb`,
        );
      }
      if (name.endsWith('/')) continue;
      const counted = await countEntry(zip, entry, limits.maxUncompressedBytes - actual, name === 'mimetype');
      actual += counted.bytes;
      if (counted.head !== undefined) mimetype = counted.head;
    }
    return { kind: classify(names, mimetype), entries: zip.entryCount, uncompressedBytes: actual };
  } finally {
    zip.close();
  }
}

function classify(names: Set<string>, mimetype: string | undefined): ZipReport['kind'] {
  if (mimetype && ODF_TYPES[mimetype.trim()]) return ODF_TYPES[mimetype.trim()] as ZipReport['kind'];
  if (names.has('[Content_Types].xml')) {
    if (names.has('word/document.xml')) return 'docx';
    if (names.has('xl/workbook.xml')) return 'xlsx';
  }
  return 'zip';
}

function open(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // Names stay raw bytes so that unsafeEntryName judges them (yauzl's own check has terser
    // messages); sizes are validated by yauzl while inflating: an entry longer than declared fails.
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: false },
      (error, zip) =>
        error || !zip
          ? reject(refuse(`the archive cannot be read: ${String(error?.message)}`))
          : resolve(zip),
    ),
  );
}

/** UTF-8 when the entry says so (flag bit 11), else CP437, read as Latin-1: close enough to judge a path. */
function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  return raw.toString(entry.generalPurposeBitFlag & 0x800 ? 'utf8' : 'latin1');
}

function next(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.removeListener('entry', onEntry);
      zip.removeListener('end', onEnd);
      zip.removeListener('error', onError);
    };
    const onEntry = (entry: yauzl.Entry) => (cleanup(), resolve(entry));
    const onEnd = () => (cleanup(), resolve(undefined));
    const onError = (error: Error) => (cleanup(), reject(refuse(`the archive is damaged: ${error.message}`)));
    zip.once('entry', onEntry).once('end', onEnd).once('error', onError);
    zip.readEntry();
  });
}

/** Inflates one entry, counting its bytes; stops as soon as the budget is spent. */
function countEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  budget: number,
  keepHead: boolean,
): Promise<{ bytes: number; head?: string }> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream?: Readable) => {
      if (error || !stream) {
        reject(refuse(`the archive entry "${entryName(entry)}" cannot be read: ${String(error?.message)}`));
        return;
      }
      let bytes = 0;
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (keepHead && head.length < 200) head += chunk.toString('latin1', 0, 200);
        if (bytes > budget) {
          stream.destroy();
          reject(refuse('the archive inflates beyond the allowed size: refused as a zip bomb'));
        }
      });
      stream.on('error', (e: Error) =>
        reject(refuse(`the archive entry "${entryName(entry)}" is damaged: ${e.message}`)),
      );
      stream.on('end', () => resolve({ bytes, ...(keepHead ? { head } : {}) }));
    });
  });
}
