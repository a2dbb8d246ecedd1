import { Inject, Injectable } from '@nestjs/common';
import type { CertificateData, StatusPurpose } from '@certhub/contracts';
import { SERVICE_CONFIG } from '@certhub/platform';
import { randomInt } from 'node:crypto';
import type { CredentialsConfig } from '../../config';
import { IssuerIdentity } from '../../issuers/issuer-identity';
import { certificateCredential, jwtClaims } from '../certificate-credential';
import { CredentialSigner } from '../credential-signer';
import { CredentialsRepository } from '../credentials.repository';

/** Draws past this many taken indexes mean the list is nearly full: a signal, not a loop forever. */
const MAX_DRAWS = 32;

/**
 * Issues the credential of an issued or renewed certificate, once: a redelivered event finds it
 * issued and does nothing.
 */
@Injectable()
export class IssueCredential {
  private readonly listSize: number;

  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly signer: CredentialSigner,
    private readonly identity: IssuerIdentity,
    @Inject(SERVICE_CONFIG) config: CredentialsConfig,
  ) {
    this.listSize = config.STATUS_LIST_SIZE;
  }

  async execute(data: CertificateData): Promise<void> {
    if (await this.credentials.exists(data.certificateId)) return;
    const issuer = {
      did: this.identity.did(data.cbId),
      statusListUrl: (purpose: StatusPurpose) => this.identity.statusListUrl(data.cbId, purpose),
      verifyUrl: this.identity.verifyUrl(data.number),
    };
    for (let draw = 0; draw < MAX_DRAWS; draw++) {
      const statusIndex = randomInt(this.listSize);
      const jwt = await this.signer.sign(data.cbId, {
        ...certificateCredential(data, issuer, statusIndex),
        ...jwtClaims(data, issuer.did),
      });
      const outcome = await this.credentials.insert({
        _id: data.certificateId,
        tenantId: [data.organisationId, data.cbId],
        cbId: data.cbId,
        number: data.number,
        statusIndex,
        jwt,
        issuedAt: new Date(),
      });
      if (outcome !== 'index-taken') return;
    }
    throw new Error(
      `status lists of ${data.cbId}: no free index after ${MAX_DRAWS} draws (grow STATUS_LIST_SIZE)`,
    );
  }
}
