import { Injectable } from '@nestjs/common';
import { IssuerKeysRepository } from '../issuers/issuer-keys.repository';
import { IssuerIdentity } from '../issuers/issuer-identity';
import { IssuerKms } from '../kms/issuer-kms';
import { signCompactJws } from '../kms/compact-jws';

/** Media type of a VC secured with JOSE (VC-JOSE-COSE §3.1.1). */
export const VC_JWT = 'vc+jwt';

/** Signs a credential (or a status list credential) with the CB's current key. */
@Injectable()
export class CredentialSigner {
  constructor(
    private readonly keys: IssuerKeysRepository,
    private readonly identity: IssuerIdentity,
    private readonly kms: IssuerKms,
  ) {}

  async sign(cbId: string, claims: object): Promise<string> {
    const key = await this.keys.currentOrCreate(cbId);
    const header = {
      alg: 'EdDSA' as const,
      kid: this.identity.kid(cbId, key.generation),
      typ: VC_JWT,
      cty: 'vc',
    };
    return signCompactJws(this.kms, key.keyRef, header, claims);
  }
}
