import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, eventSubject, type CloudEvent } from '@certhub/contracts';
import { ConsumesEvents, catalogPayload } from '@certhub/platform';
import { CandidateFiles } from './candidate-files';
import { CandidateRepository } from './candidate.repository';
import { IdentityDirectory } from './identity-directory';

const CHANGED = 'certhub.establishment.activation_changed.v1';
const PAGE = 200;

/**
 * An establishment its certifier deactivates no longer adds files to its candidates' dossiers
 * (they are read-only for it, candidacy-standing.ts); reactivated, it does again. The uploads go
 * straight to the document service, so each candidate's upload context is opened or closed to the
 * establishment's writers here. The flag is read again from identity, not taken from the event: a
 * late redelivery of an older change never undoes a newer one. Idempotent: a failure is redelivered.
 */
@Injectable()
export class EstablishmentActivationConsumer {
  constructor(
    private readonly identity: IdentityDirectory,
    private readonly candidates: CandidateRepository,
    private readonly files: CandidateFiles,
  ) {}

  @ConsumesEvents({
    durable: 'candidacy-establishment-activation',
    filter: eventSubject(CHANGED),
    // One page of contexts after the other: a large establishment takes a while.
    ackWaitMs: 120_000,
    idempotency: 'handler',
  })
  async apply(event: CloudEvent): Promise<void> {
    if (event.type !== CHANGED) return;
    const { establishmentId } = catalogPayload(event, CHANGED);
    const { active } = await this.identity.establishment(establishmentId, SYSTEM_PRINCIPAL);
    for (let after: string | undefined; ;) {
      const page = await this.candidates.inEstablishment(establishmentId, after, PAGE);
      for (const c of page) await this.files.setWritable(c, active);
      if (page.length < PAGE) return;
      after = page.at(-1)?._id;
    }
  }
}
