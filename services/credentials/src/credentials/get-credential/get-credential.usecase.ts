import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { IssuerIdentity } from '../../issuers/issuer-identity';
import { CredentialsRepository } from '../credentials.repository';

/** Deny by default: the holder organisation's users and its CB's users; anyone else gets 404. */
@Injectable()
export class GetCredential {
  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly identity: IssuerIdentity,
  ) {}

  readonly execute: RpcHandler<'credentials.credential.get'> = async (principal, { certificateId }) => {
    if (principal.tenantType !== 'organisation' && principal.tenantType !== 'cb') {
      throw DomainError.forbidden('a credential is read by its holder and its certification body');
    }
    const credential = await this.credentials.findForTenant(certificateId, principal.tenantId);
    if (!credential) throw DomainError.notFound(`credential of certificate ${certificateId}`);
    return {
      certificateId,
      number: credential.number,
      issuer: this.identity.did(credential.cbId),
      jwt: credential.jwt,
      verifyUrl: this.identity.verifyUrl(credential.number),
      issuedAt: credential.issuedAt.toISOString(),
    };
  };
}
