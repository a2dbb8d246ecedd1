import type { JWK } from 'jose';

/** An Ed25519 public key as a JWK (what DID documents publish). */
export type PublicJwk = JWK & { kty: 'OKP'; crv: 'Ed25519'; x: string };

/**
 * Where issuer private keys live. Callers hold only an opaque reference and ask the KMS to sign,
 * so a cloud KMS or an HSM (which never lets a private key out) can replace the local one without
 * touching the issuing code.
 */
export abstract class IssuerKms {
  /** A new Ed25519 key pair: its reference (stored) and public key (published). */
  abstract createKey(): Promise<{ keyRef: string; publicJwk: PublicJwk }>;
  /** An EdDSA signature of `data` with the referenced key. */
  abstract sign(keyRef: string, data: Uint8Array): Promise<Uint8Array>;
}
