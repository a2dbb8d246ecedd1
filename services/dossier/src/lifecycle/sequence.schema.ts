import { tenantScopePlugin } from '@certhub/platform';
import { Schema } from 'mongoose';

export const SEQUENCE_MODEL = 'Sequence';

/** A named counter of one tenant (a CB): dossier references and certificate numbers per CB and year. */
export interface SequenceView {
  _id: string;
  tenantId: string;
  value: number;
}

export const SequenceSchema = new Schema<SequenceView>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    value: { type: Number, required: true, default: 0 },
  },
  { collection: 'sequences', versionKey: false },
);
SequenceSchema.plugin(tenantScopePlugin);
