import type { CloudEvent } from '@certhub/contracts';
import type { TrailEntry } from './candidate.schema';

/**
 * What every aggregate of the individuals' line (candidacy, habilitation, transfer request) carries
 * to sit in a perimeter (candidacy-access.ts): an establishment's three network levels and a
 * certifier, all four in `tenantId`, and the version, trail and outbox of its writes.
 */
export interface PerimeterRecord {
  _id: string;
  tenantId: string[];
  establishmentId: string;
  trainingOrganisationId: string;
  networkId: string;
  certifierId: string;
  version: number;
  trail: TrailEntry[];
  outbox: CloudEvent[];
}

/**
 * The stored fields of a PerimeterRecord, spread into each schema (the outbox is OutboxModule's);
 * fresh objects each time, since mongoose keeps a schema's definitions as given.
 */
export const perimeterRecordFields = () => ({
  _id: { type: String, required: true },
  tenantId: { type: [String], required: true },
  establishmentId: { type: String, required: true },
  trainingOrganisationId: { type: String, required: true },
  networkId: { type: String, required: true },
  certifierId: { type: String, required: true },
  version: { type: Number, required: true },
  trail: { type: [Object], default: [] },
});
