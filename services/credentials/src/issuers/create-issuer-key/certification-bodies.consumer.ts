import { Injectable } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { ConsumesEvents, catalogPayload } from '@certhub/platform';
import { IssuerKeysRepository, SYSTEM } from '../issuer-keys.repository';

const CREATED = 'certhub.certification_body.created.v1';

/**
 * A CB is an issuer from its creation: its first key is made then, so its did:web document answers
 * before its first credential (a verifier, a registry or a wallet may pin it early). Signing still
 * creates the key when this event is missing (a CB older than this consumer).
 */
@Injectable()
export class CertificationBodiesConsumer {
  constructor(private readonly keys: IssuerKeysRepository) {}

  @ConsumesEvents({
    durable: 'credentials-issuers',
    filter: 'evt.identity.certification_body.>',
    // Generation 1 is created once: a second attempt collides on its id and changes nothing.
    idempotency: 'handler',
  })
  async apply(event: CloudEvent): Promise<void> {
    if (event.type !== CREATED) return;
    const { cbId } = catalogPayload(event, CREATED);
    if (!(await this.keys.current(cbId))) await this.keys.create(cbId, 1, SYSTEM);
  }
}
