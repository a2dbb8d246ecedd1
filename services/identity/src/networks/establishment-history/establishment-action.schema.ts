import { tenantScopePlugin } from '@certhub/platform';
import { Schema } from 'mongoose';
import type { EstablishmentActionEntry } from './establishment-action';

export const ESTABLISHMENT_ACTION_MODEL = 'EstablishmentAction';

export const EstablishmentActionSchema = new Schema<EstablishmentActionEntry>(
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
  { collection: 'establishment_actions', versionKey: false },
);
// establishments.history: one establishment's lines, newest first (optionally one kind of action).
EstablishmentActionSchema.index({ tenantId: 1, establishmentId: 1, at: -1 });
EstablishmentActionSchema.plugin(tenantScopePlugin);
