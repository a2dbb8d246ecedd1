import type { HabilitationStatus } from '@certhub/contracts';
import { collectionSchema } from '@certhub/platform';
import { perimeterRecordFields, type PerimeterRecord } from '../candidacy/perimeter-record';

export const HABILITATION_MODEL = 'Habilitation';

/**
 * One request of an establishment to one certifier, and its outcome. `tenantId` holds the same four
 * tenants as a candidacy: the establishment's network levels and the certifier asked.
 */
export interface HabilitationView extends PerimeterRecord {
  status: HabilitationStatus;
  requestedAt: Date;
  requestedBy: string;
  startsOn?: string;
  endsOn?: string;
  rejectionReason?: string;
  decidedAt?: Date;
  decidedBy?: string;
  renews?: string;
}

export const HabilitationSchema = collectionSchema<HabilitationView>(
  'habilitations',
  {
    ...perimeterRecordFields(),
    status: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    requestedBy: { type: String, required: true },
    startsOn: String,
    endsOn: String,
    rejectionReason: String,
    decidedAt: Date,
    decidedBy: String,
    renews: String,
  },
  {
    tenantScoped: true,
    indexes: [
      // One establishment's requests, newest first; and "is there a valid one with this certifier".
      { tenantId: 1, establishmentId: 1, certifierId: 1, requestedAt: -1 },
    ],
  },
);
