import type { FileKind } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';

export interface ZipLimits {
  /** Entries of the archive and of every archive nested in it, together. */
  maxEntries: number;
  /** Sum of the entries' uncompressed sizes, declared and actual, nested archives included. */
  maxUncompressedBytes: number;
  /**
   * Uncompressed / compressed size beyond which it is a bomb (checked above 1 MiB): per entry, and
   * for everything inflated at every level against the uploaded file's size.
   */
  maxRatio: number;
  /** Archives inside archives are opened and counted down to this depth; deeper ones are refused. */
  maxDepth?: number;
}

export interface ZipReport {
  kind: Extract<FileKind, 'zip' | 'docx' | 'xlsx' | 'odt' | 'ods'>;
  entries: number;
  uncompressedBytes: number;
}

const RATIO_FLOOR = 1024 * 1024;
const DEFAULT_MAX_DEPTH = 3;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** What every level of one inspection shares: the limits and what was counted so far. */
interface Budget {
  limits: ZipLimits;
  fileSize: number;
  entries: number;
  inflated: number;
}

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
 * extracting anything (bytes are counted, then dropped). An entry that is itself a zip is kept in a
 * temporary file next to the upload and inspected the same way, its counts added to the outer ones
 * (a nested bomb — a few hundred bytes that inflate to gigabytes over two levels — is refused as soon
 * as what was inflated passes the ratio against the upload's size). Refuses path traversal names,
 * too many entries, declared or actual sizes beyond the limits, entries compressed beyond the ratio,
 * archives nested too deep. Also tells a plain zip from the Office and OpenDocument formats.
 */
export async function inspectZip(path: string, limits: ZipLimits): Promise<ZipReport> {
  const budget: Budget = { limits, fileSize: (await stat(path)).size, entries: 0, inflated: 0 };
  const kind = await inspectLevel(path, budget, 0);
  return { kind, entries: budget.entries, uncompressedBytes: budget.inflated };
}

async function inspectLevel(path: string, budget: Budget, depth: number): Promise<ZipReport['kind']> {
  const { limits } = budget;
  const zip = await open(path);
  try {
    budget.entries += zip.entryCount;
    if (budget.entries > limits.maxEntries) {
      throw refuse(`the archive holds ${budget.entries} entries, more than the ${limits.maxEntries} allowed`);
    }
    const names = new Set<string>();
    let declared = 0;
    let mimetype: string | undefined;
    for (let entry = await next(zip); entry; entry = await next(zip)) {
      const name = entryName(entry);
      const unsafe = unsafeEntryName(name);
      if (unsafe) throw refuse(`the archive entry "${name}" ${unsafe}: refused`, { entry: name });
      names.add(name);
      declared += entry.uncompressedSize;
      if (budget.inflated + declared > limits.maxUncompressedBytes) {
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
      const counted = await countEntry(zip, entry, budget, `${path}.${randomUUID()}`, name === 'mimetype');
      if (counted.head !== undefined) mimetype = counted.head;
      if (counted.nested) {
        try {
          if (depth + 1 >= (limits.maxDepth ?? DEFAULT_MAX_DEPTH)) {
            throw refuse(
              `the archive entry "${name}" nests archives deeper than ${limits.maxDepth ?? DEFAULT_MAX_DEPTH} levels: refused`,
            );
          }
          await inspectLevel(counted.nested, budget, depth + 1);
        } finally {
          await rm(counted.nested, { force: true });
        }
      }
    }
    return classify(names, mimetype);
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

/**
 * Inflates one entry, counting its bytes into the budget; stops as soon as it is spent. An entry
 * that starts like a zip is written to `nestedPath` for the caller to inspect in turn.
 */
function countEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  budget: Budget,
  nestedPath: string,
  keepHead: boolean,
): Promise<{ head?: string; nested?: string }> {
  const { limits } = budget;
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream?: Readable) => {
      if (error || !stream) {
        reject(refuse(`the archive entry "${entryName(entry)}" cannot be read: ${String(error?.message)}`));
        return;
      }
      let head = '';
      let first = true;
      let nested: WriteStream | undefined;
      const fail = (refusal: DomainError) => {
        stream.destroy();
        nested?.destroy();
        void (nested ? rm(nestedPath, { force: true }) : Promise.resolve()).finally(() => reject(refusal));
      };
      stream.on('data', (chunk: Buffer) => {
        if (first) {
          first = false;
          if (chunk.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) nested = createWriteStream(nestedPath);
        }
        budget.inflated += chunk.length;
        if (keepHead && head.length < 200) head += chunk.toString('latin1', 0, 200);
        if (budget.inflated > limits.maxUncompressedBytes) {
          fail(refuse('the archive inflates beyond the allowed size: refused as a zip bomb'));
          return;
        }
        if (budget.inflated > RATIO_FLOOR && budget.inflated > budget.fileSize * limits.maxRatio) {
          fail(
            refuse(
              `the archive inflates to more than ${limits.maxRatio} times its size (nested archives included): refused as a zip bomb`,
            ),
          );
          return;
        }
        if (nested && !nested.write(chunk)) {
          stream.pause();
          nested.once('drain', () => stream.resume());
        }
      });
      stream.on('error', (e: Error) =>
        fail(refuse(`the archive entry "${entryName(entry)}" is damaged: ${e.message}`)),
      );
      stream.on('end', () => {
        const done = () =>
          resolve({ ...(keepHead ? { head } : {}), ...(nested ? { nested: nestedPath } : {}) });
        if (!nested) return done();
        nested.once('error', (e) => fail(refuse(`the nested archive could not be kept: ${e.message}`)));
        nested.end(done);
      });
    });
  });
}
