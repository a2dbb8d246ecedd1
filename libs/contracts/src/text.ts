import { z } from 'zod';

/**
 * What no text a person typed contains: NUL and the other C0 controls but tab and line breaks
 * (they truncate or corrupt what C libraries, PDFs and mail headers do with the text), and UTF-16
 * surrogates that are not a pair (JSON's `\ud800` escape makes them; they are not Unicode and
 * break every UTF-8 encoder downstream). Invalid UTF-8 bytes never reach a schema: the gateway
 * refuses the body first.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE = 'must not contain control characters (NUL…) or unpaired surrogates';

export const isSafeText = (value: string): boolean => !UNSAFE.test(value);

/** The refinement every text schema carries. */
export const safeText = <S extends z.ZodString>(schema: S): S =>
  schema.refine(isSafeText, { message: UNSAFE_TEXT_MESSAGE }) as S;

/** A trimmed, non-empty text of at most `max` characters. */
export const textOf = (max: number): z.ZodString => safeText(z.string().trim().min(1).max(max));

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks): in a file name, U+202E makes
 * `invoice‮fdp.exe` read as `invoiceexe.pdf`. They are removed from names before anyone sees them.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const withoutBidiControls = (value: string): string => value.replace(BIDI_CONTROLS, '');

/**
 * The dotted paths of the strings in a request that are not safe text, whichever schema they fall
 * under (the gateway refuses them before the schema: a field a schema forgot is still covered).
 */
export function unsafeTextPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return isSafeText(value) ? [] : [path.join('.') || '(request)'];
  if (Array.isArray(value)) return value.flatMap((item, i) => unsafeTextPaths(item, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [
      ...(isSafeText(key) ? [] : [[...path, '(key)'].join('.')]),
      ...unsafeTextPaths(item, [...path, key]),
    ]);
  return [];
}
