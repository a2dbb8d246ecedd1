import type { CloudEvent } from '@certhub/contracts';
import { Schema } from 'mongoose';

/**
 * What an audit and a finding copy from their dossier when they are created, so that each is scoped
 * and read on its own: the dossier's two tenants, its parties, its reference and its scheme version.
 */
export interface DossierPart {
  _id: string;
  /** [organisationId, cbId], copied from the dossier: either side scopes a query with `{ tenantId: x }`. */
  tenantId: string[];
  organisationId: string;
  cbId: string;
  dossierId: string;
  /** The dossier's reference, for what people read (mails): absent on records made before it was kept. */
  dossierReference?: string;
  schemeId: string;
  schemeVersion: string;
}

/** An aggregate written at the version read, its trail beside it. */
export interface Versioned<TrailEntry> {
  version: number;
  trail: TrailEntry[];
  /** Events waiting for the outbox relay, written with their change (OutboxModule.forFeature adds the field). */
  outbox: CloudEvent[];
}

export const dossierPartFields = {
  _id: { type: String, required: true },
  tenantId: { type: [String], required: true },
  organisationId: { type: String, required: true },
  cbId: { type: String, required: true },
  dossierId: { type: String, required: true },
  dossierReference: String,
  schemeId: { type: String, required: true },
  schemeVersion: { type: String, required: true },
};

export const versionedFields = {
  version: { type: Number, required: true, default: 0 },
  trail: { type: [Schema.Types.Mixed], default: [] } as never,
};
