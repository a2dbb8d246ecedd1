import type { CloudEvent, HabilitationStatus } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';
import { Schema } from 'mongoose';
import type { TrailEntry } from '../candidacy/candidate.schema';

export const HABILITATION_MODEL = 'Habilitation';

/**
 * One request of an establishment to one certifier, and its outcome. `tenantId` holds the same four
 * tenants as a candidacy: the establishment's network levels and the certifier asked.
 */
export interface HabilitationView {
  _id: string;
  tenantId: string[];
  establishmentId: string;
  trainingOrganisationId: string;
  networkId: string;
  certifierId: string;
  status: HabilitationStatus;
  requestedAt: Date;
  requestedBy: string;
  startsOn?: string;
  endsOn?: string;
  rejectionReason?: string;
  decidedAt?: Date;
  decidedBy?: string;
  renews?: string;
  version: number;
  trail: TrailEntry[];
  outbox: CloudEvent[];
}

export const HabilitationSchema = new Schema<HabilitationView>(
  {
    _id: { type: String, required: true },
    tenantId: { type: [String], required: true },
    establishmentId: { type: String, required: true },
    trainingOrganisationId: { type: String, required: true },
    networkId: { type: String, required: true },
    certifierId: { type: String, required: true },
    status: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    requestedBy: { type: String, required: true },
    startsOn: String,
    endsOn: String,
    rejectionReason: String,
    decidedAt: Date,
    decidedBy: String,
    renews: String,
    version: { type: Number, required: true },
    trail: { type: [Object], default: [] },
  },
  { collection: 'habilitations', versionKey: false },
);
// One establishment's requests, newest first; and "is there a valid one with this certifier".
HabilitationSchema.index({ tenantId: 1, establishmentId: 1, certifierId: 1, requestedAt: -1 });
HabilitationSchema.plugin(tenantScopePlugin);
