import { Injectable } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { ConsumesEvents } from '@certhub/platform';
import { establishmentActionOf, HISTORY_SOURCES } from './establishment-action';
import { EstablishmentActionRepository } from './establishment-action.repository';

/**
 * Builds each establishment's history ("actions effectuées sur cet établissement") from the events
 * the services already publish: identity's own (created, edited, activation, users invited into
 * it) and candidacy's habilitation requests, renewals and decisions. It lives here, with the
 * establishment: identity owns it and its read scope, so the history is read with the same rule
 * as the establishment and no service has to ask another who may read what. Eventually
 * consistent: a line shows once its event has been relayed (well under a second).
 */
@Injectable()
export class EstablishmentHistoryConsumer {
  constructor(private readonly actions: EstablishmentActionRepository) {}

  // A line is keyed by its event's id: applying an event twice writes it once.
  @ConsumesEvents(...HISTORY_SOURCES.map((source) => ({ ...source, idempotency: 'handler' as const })))
  async record(event: CloudEvent): Promise<void> {
    const line = establishmentActionOf(event);
    if (line) await this.actions.record(line);
  }
}
