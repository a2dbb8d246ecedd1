import type { TransferStatus } from '@certhub/contracts';
import { collectionSchema } from '@certhub/platform';
import { perimeterRecordFields, type PerimeterRecord } from '../candidacy/perimeter-record';

export const TRANSFER_MODEL = 'Transfer';

/**
 * A request of an establishment (its network levels in establishmentId… networkId) to take over a
 * candidate of another one, decided by the candidate's certifier. `tenantId` holds the requester's
 * three levels and the certifier: the side the dossier would leave hears of it by notification.
 */
export interface TransferView extends PerimeterRecord {
  candidateId: string;
  reference: string;
  /** The certifier of the requesting establishment: the candidate's once moved. */
  toCertifierId: string;
  /** The requesting establishment's name, written on the candidate when he moves. */
  establishmentName: string;
  fromEstablishmentId: string;
  /** Absent from requests made before it was recorded. */
  fromTrainingOrganisationId?: string;
  fromNetworkId: string;
  reason: 'candidate_moved' | 'establishment_closed' | 'candidate_choice' | 'other';
  details?: string;
  status: TransferStatus;
  requestedAt: Date;
  requestedBy: string;
  decidedAt?: Date;
  decidedBy?: string;
  refusalReason?: string;
}

export const TransferSchema = collectionSchema<TransferView>(
  'transfers',
  {
    ...perimeterRecordFields(),
    candidateId: { type: String, required: true },
    reference: { type: String, required: true },
    toCertifierId: { type: String, required: true },
    establishmentName: { type: String, required: true },
    fromEstablishmentId: { type: String, required: true },
    fromTrainingOrganisationId: String,
    fromNetworkId: { type: String, required: true },
    reason: { type: String, required: true },
    details: String,
    status: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    requestedBy: { type: String, required: true },
    decidedAt: Date,
    decidedBy: String,
    refusalReason: String,
  },
  {
    tenantScoped: true,
    indexes: [
      // Lists within a perimeter, newest first.
      { tenantId: 1, requestedAt: -1 },
      // "Is a request already pending for this candidate?" (platform-wide, one candidate).
      { candidateId: 1, status: 1 },
    ],
  },
);
