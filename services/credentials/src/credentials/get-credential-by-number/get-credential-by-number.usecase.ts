import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CredentialsRepository } from '../credentials.repository';

/**
 * Public: the credential behind a certificate number, for the portal's /verify page, which checks
 * its signature and status itself. The gateway gives this route the same per-address budget as the
 * certificate's verification by number, so numbers cannot be enumerated faster through it.
 */
@Injectable()
export class GetCredentialByNumber {
  constructor(private readonly credentials: CredentialsRepository) {}

  readonly execute: RpcHandler<'credentials.verify.number'> = async ({ number }) => {
    const credential = await this.credentials.findByNumber(number);
    if (!credential) throw DomainError.notFound(`credential of certificate ${number}`);
    return { number: credential.number, jwt: credential.jwt };
  };
}
