import type { DidDocument } from '@certhub/contracts';
import type { IssuerKey } from './issuer-key.schema';

/**
 * A CB's identifiers under the platform's public URL. did:web maps `did:web:<host>:cbs:<cbId>` to
 * `https://<host>/cbs/<cbId>/did.json` (a port is written `%3A`, a path prefix adds segments). The
 * CB's id, not a slug of its name, is used: a DID must outlive a renaming.
 */
export class IssuerIdentity {
  private readonly didPrefix: string;

  constructor(private readonly publicUrl: string) {
    const url = new URL(publicUrl);
    const path = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
    this.didPrefix = ['did:web', encodeURIComponent(url.host), ...path].join(':');
  }

  did(cbId: string): string {
    return `${this.didPrefix}:cbs:${cbId}`;
  }

  kid(cbId: string, generation: number): string {
    return `${this.did(cbId)}#key-${generation}`;
  }

  statusListUrl(cbId: string, purpose: string): string {
    return `${this.publicUrl}/cbs/${cbId}/status/${purpose}`;
  }

  /** The public verification page of the portal, where the PDF's QR code and the deep link lead. */
  verifyUrl(number: string): string {
    return `${this.publicUrl}/verify/${encodeURIComponent(number)}`;
  }

  didDocument(cbId: string, keys: IssuerKey[]): DidDocument {
    const did = this.did(cbId);
    const methods = keys.map((key) => ({
      id: this.kid(cbId, key.generation),
      type: 'JsonWebKey2020' as const,
      controller: did,
      publicKeyJwk: key.publicJwk,
    }));
    return {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
      id: did,
      verificationMethod: methods,
      assertionMethod: methods.map((method) => method.id),
    };
  }
}
