import { withoutBidiControls, type FileKind } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';

/**
 * The stored display name: the last path segment of what the uploader sent, without control
 * characters (no header injection later) nor bidi controls (U+202E would show `fdp.exe` as
 * `exe.pdf` in the portal, mails and PDFs alike), and bounded. UTF-8 names are kept as they are.
 */
export function cleanFileName(raw: string | undefined, fallback: string): string {
  const last = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = withoutBidiControls(last.normalize('NFC'))
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .trim()
    .slice(0, 255);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : fallback;
}

/** The name endings each recognised kind may carry (compared case-insensitively). */
export const EXTENSIONS: Readonly<Record<FileKind, readonly string[]>> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  zip: ['zip'],
  doc: ['doc'],
  xls: ['xls'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  odt: ['odt'],
  ods: ['ods'],
};

/**
 * The stored name of a file whose content was recognised as `kind`: its extension must be one of
 * that kind's (a PDF named setup.exe or page.html would be opened as what the name says by whoever
 * downloads it), and a name without one gets the kind's. Refused with 415 otherwise.
 */
export function nameForKind(name: string, kind: FileKind): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const allowed = EXTENSIONS[kind];
  if (!extension) return `${name}.${allowed[0]}`;
  if (allowed.includes(extension)) return name;
  throw new DomainError(
    'unsupported_media_type',
    `the file's content is ${kind.toUpperCase()} but its name ends in .${extension}: name it .${allowed.join(' or .')}`,
    { kind, extension, expected: allowed },
  );
}

/**
 * `attachment` with an ASCII fallback `filename` (quotes, backslashes and non-ASCII replaced) and
 * the exact UTF-8 name as RFC 5987 / 6266 `filename*`, which every current browser prefers.
 */
export function contentDisposition(name: string): string {
  const safe = cleanFileName(name, 'document');
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** One byte range of a `Range: bytes=…` header, resolved against the size; multi-ranges are not served. */
export type ByteRange = { start: number; end: number } | 'unsatisfiable' | undefined;

export function parseRange(header: string | undefined, size: number): ByteRange {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Unknown units or several ranges: serving the whole file is allowed (RFC 9110 §14.2).
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [, from, to] = match as unknown as [string, string, string];
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  if (start >= size) return 'unsatisfiable';
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return end < start ? undefined : { start, end };
}
