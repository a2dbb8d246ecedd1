import { base64url } from 'jose';
import type { IssuerKms } from './issuer-kms';

const encoder = new TextEncoder();
const segment = (value: object) => base64url.encode(encoder.encode(JSON.stringify(value)));

/**
 * A compact JWS signed by the KMS: jose's signers want the private key in hand, which a KMS never
 * gives out, so the signing input is assembled here (RFC 7515 §7.1) and only the signature is
 * asked of the KMS.
 */
export async function signCompactJws(
  kms: IssuerKms,
  keyRef: string,
  header: { alg: 'EdDSA'; kid: string; typ: string; cty?: string },
  payload: object,
): Promise<string> {
  const input = `${segment(header)}.${segment(payload)}`;
  const signature = await kms.sign(keyRef, encoder.encode(input));
  return `${input}.${base64url.encode(signature)}`;
}
