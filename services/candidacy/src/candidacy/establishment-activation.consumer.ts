import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, establishmentWorks, eventSubject, type CloudEvent } from '@certhub/contracts';
import { ConsumesEvents, catalogPayload } from '@certhub/platform';
import { CandidateFiles } from './candidate-files';
import { CandidateRepository } from './candidate.repository';
import { IdentityDirectory, type EstablishmentInfo } from './identity-directory';

const CHANGED = 'certhub.establishment.activation_changed.v1';
const ORGANISATION_CHANGED = 'certhub.training_organisation.activation_changed.v1';
const PAGE = 200;

/**
 * An establishment that stops working (its certifier deactivates it, or its training organisation)
 * no longer adds files to its candidates' dossiers (they are read-only for it,
 * candidacy-standing.ts); working again, it does again. The uploads go straight to the document
 * service, so each candidate's upload context is opened or closed to the establishment's writers
 * here. The flags are read again from identity, not taken from the event: a late redelivery of an
 * older change never undoes a newer one. Idempotent: a failure is redelivered.
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
    await this.follow(await this.identity.establishment(establishmentId, SYSTEM_PRINCIPAL));
  }

  @ConsumesEvents({
    durable: 'candidacy-training-organisation-activation',
    filter: eventSubject(ORGANISATION_CHANGED),
    // Every establishment of the organisation, each with all its candidates.
    ackWaitMs: 600_000,
    idempotency: 'handler',
  })
  async applyToOrganisation(event: CloudEvent): Promise<void> {
    if (event.type !== ORGANISATION_CHANGED) return;
    const { trainingOrganisationId } = catalogPayload(event, ORGANISATION_CHANGED);
    for (let page = 1; ; page += 1) {
      const found = await this.identity.establishmentsOf(trainingOrganisationId, page, SYSTEM_PRINCIPAL);
      for (const establishment of found.items) await this.follow(establishment);
      if (found.items.length < found.pageSize) return;
    }
  }

  /** Opens or closes the upload contexts of the establishment's candidates as it works or not. */
  private async follow(establishment: EstablishmentInfo): Promise<void> {
    const writable = establishmentWorks(establishment);
    for (let after: string | undefined; ;) {
      const page = await this.candidates.inEstablishment(establishment.id, after, PAGE);
      for (const c of page) await this.files.setWritable(c, writable);
      if (page.length < PAGE) return;
      after = page.at(-1)?._id;
    }
  }
}
