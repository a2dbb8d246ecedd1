import { collectionSchema } from '@certhub/platform';
import type { EstablishmentActionEntry } from './establishment-action';

export const ESTABLISHMENT_ACTION_MODEL = 'EstablishmentAction';

export const EstablishmentActionSchema = collectionSchema<EstablishmentActionEntry>(
  'establishment_actions',
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    establishmentId: { type: String, required: true },
    action: { type: String, required: true },
    at: { type: Date, required: true },
    by: { type: String, required: true },
    fields: { type: [String], default: undefined },
    certifierId: String,
    habilitationId: String,
    startsOn: String,
    endsOn: String,
    reason: String,
    userId: String,
    role: String,
  },
  {
    tenantScoped: true,
    indexes: [
      // establishments.history: one establishment's lines, newest first (optionally one kind of action).
      { tenantId: 1, establishmentId: 1, at: -1 },
    ],
  },
);
