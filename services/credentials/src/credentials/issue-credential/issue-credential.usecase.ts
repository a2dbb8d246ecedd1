import { Inject, Injectable } from '@nestjs/common';
import type { StatusPurpose } from '@certhub/contracts';
import { SERVICE_CONFIG } from '@certhub/platform';
import { randomInt } from 'node:crypto';
import type { CredentialsConfig } from '../../config';
import { IssuerIdentity } from '../../issuers/issuer-identity';
import type { CredentialIssuer } from '../certificate-credential';
import { CredentialSigner } from '../credential-signer';
import { CredentialsRepository } from '../credentials.repository';

/** Draws past this many taken indexes mean the list is nearly full: a signal, not a loop forever. */
const MAX_DRAWS = 32;

/** A certificate to issue as a credential, whichever line (organisations, individuals) it comes from. */
export interface CredentialDraft {
  certificateId: string;
  number: string;
  cbId: string;
  /** Who may download it besides the platform: the CB, and the holder organisation when there is one. */
  tenantIds: string[];
  /** The signed claims (credential and JWT claims) once the issuer and the status index are known. */
  claims: (issuer: CredentialIssuer, statusIndex: number) => object;
}

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

  async execute(draft: CredentialDraft): Promise<void> {
    if (await this.credentials.exists(draft.certificateId)) return;
    const issuer: CredentialIssuer = {
      did: this.identity.did(draft.cbId),
      statusListUrl: (purpose: StatusPurpose) => this.identity.statusListUrl(draft.cbId, purpose),
      verifyUrl: this.identity.verifyUrl(draft.number),
    };
    for (let draw = 0; draw < MAX_DRAWS; draw++) {
      const statusIndex = randomInt(this.listSize);
      const jwt = await this.signer.sign(draft.cbId, draft.claims(issuer, statusIndex));
      const outcome = await this.credentials.insert({
        _id: draft.certificateId,
        tenantId: draft.tenantIds,
        cbId: draft.cbId,
        number: draft.number,
        statusIndex,
        jwt,
        issuedAt: new Date(),
      });
      if (outcome !== 'index-taken') return;
    }
    throw new Error(
      `status lists of ${draft.cbId}: no free index after ${MAX_DRAWS} draws (grow STATUS_LIST_SIZE)`,
    );
  }
}
