import { api, unwrap } from '../../api/client';
// The registry's words load with its pages, not with the first script.
import '../../i18n/registry';

/** The file's SHA-256 in lower-case hex, computed in the browser: the PDF itself never leaves it. */
export async function sha256Hex(file: Blob): Promise<string> {
  // A view over the bytes: digest takes it whichever realm the buffer came from (jsdom's in tests).
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(await file.arrayBuffer()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const verifyNumber = (number: string) =>
  unwrap(api.GET('/api/v1/public/certificates/verify/{number}', { params: { path: { number } } }));

export const verifyHash = (sha256: string) =>
  unwrap(api.GET('/api/v1/public/certificates/verify-hash/{sha256}', { params: { path: { sha256 } } }));

/** A SIREN (9 digits) or a site's SIRET (14), spaces allowed while typing. */
export function companyQuery(raw: string): { siren: string } | { siret: string } | undefined {
  const digits = raw.replace(/\s/g, '');
  if (/^\d{9}$/.test(digits)) return { siren: digits };
  if (/^\d{14}$/.test(digits)) return { siret: digits };
  return undefined;
}
