import { Injectable } from '@nestjs/common';
import { isSystemPrincipal } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { IssuerIdentity } from '../../issuers/issuer-identity';
import { CredentialsRepository } from '../credentials.repository';

/** Deny by default: the holder organisation's users and its CB's users (and the platform); anyone else gets 404. */
@Injectable()
export class GetCredential {
  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly identity: IssuerIdentity,
  ) {}

  readonly execute: RpcHandler<'credentials.credential.get'> = async (principal, { certificateId }) => {
    const system = isSystemPrincipal(principal);
    if (!system && principal.tenantType !== 'organisation' && principal.tenantType !== 'cb') {
      throw DomainError.forbidden('a credential is read by its holder and its certification body');
    }
    // The platform itself: the certificate service, which puts the credential inside the PDF.
    const credential = system
      ? await this.credentials.findForPlatform(certificateId)
      : await this.credentials.findForTenant(certificateId, principal.tenantId);
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
