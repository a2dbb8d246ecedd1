import { Injectable } from '@nestjs/common';
import type { StatusPurpose } from '@certhub/contracts';
import { CredentialsRepository } from '../../credentials/credentials.repository';
import { StatusListPublisher } from '../status-list-publisher';

export interface CredentialStatusChange {
  certificateId: string;
  purpose: StatusPurpose;
  /** The bit's new value: a suspension sets it, a reinstatement clears it, a withdrawal sets the revocation bit. */
  value: boolean;
  at: Date;
}

/** Applies a certificate's status change to its credential and publishes the CB's list again. */
@Injectable()
export class ChangeCredentialStatus {
  constructor(
    private readonly credentials: CredentialsRepository,
    private readonly publisher: StatusListPublisher,
  ) {}

  async execute(change: CredentialStatusChange): Promise<void> {
    const cbId = await this.credentials.setFlag(
      change.certificateId,
      change.purpose,
      change.value,
      change.at,
    );
    // No credential: issued before this service existed, or a late event older than the last applied.
    if (cbId) await this.publisher.republish(cbId, change.purpose);
  }
}
