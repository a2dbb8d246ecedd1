import { Inject, Injectable } from '@nestjs/common';
import type { StatusPurpose } from '@certhub/contracts';
import { SERVICE_CONFIG } from '@certhub/platform';
import type { CredentialsConfig } from '../config';
import { CredentialSigner } from '../credentials/credential-signer';
import { CredentialsRepository } from '../credentials/credentials.repository';
import { IssuerIdentity } from '../issuers/issuer-identity';
import { encodeBitstring } from './bitstring';
import { StatusListsRepository } from './status-lists.repository';

/** How long a verifier may cache a list: the promise is that a change is visible within seconds. */
const LIST_TTL_MS = 5_000;

/** Renders and signs a CB's status list credential from the credentials' flags. */
@Injectable()
export class StatusListPublisher {
  private readonly size: number;

  constructor(
    private readonly lists: StatusListsRepository,
    private readonly credentials: CredentialsRepository,
    private readonly signer: CredentialSigner,
    private readonly identity: IssuerIdentity,
    @Inject(SERVICE_CONFIG) config: CredentialsConfig,
  ) {
    this.size = config.STATUS_LIST_SIZE;
  }

  /** After a flag changed: a new revision, rendered from the flags as they are now. */
  async republish(cbId: string, purpose: StatusPurpose): Promise<string> {
    return this.render(cbId, purpose, await this.lists.bump(cbId, purpose));
  }

  private async render(cbId: string, purpose: StatusPurpose, revision: number): Promise<string> {
    const url = this.identity.statusListUrl(cbId, purpose);
    const did = this.identity.did(cbId);
    const now = new Date();
    const encodedList = encodeBitstring(await this.credentials.setIndexes(cbId, purpose), this.size);
    const jwt = await this.signer.sign(cbId, {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: did,
      validFrom: now.toISOString(),
      credentialSubject: {
        id: `${url}#list`,
        type: 'BitstringStatusList',
        statusPurpose: purpose,
        encodedList,
        ttl: LIST_TTL_MS,
      },
      iss: did,
      iat: Math.floor(now.getTime() / 1000),
    });
    await this.lists.saveRendering(cbId, purpose, revision, jwt);
    return jwt;
  }
}
