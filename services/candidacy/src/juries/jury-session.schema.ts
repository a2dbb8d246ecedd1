import { collectionSchema } from '@certhub/platform';

export const JURY_SESSION_MODEL = 'JurySession';

/** A sitting of a certifier's jury for a region; `tenantId` is the certifier. */
export interface JurySessionView {
  _id: string;
  tenantId: string;
  certifierId: string;
  region: string;
  sittingOn: string;
  closesOn?: string;
  sendMode: 'digital' | 'paper';
  title?: string;
  /** The jury members who sit in it; none: every jury member of the certifier. */
  memberIds?: string[];
  createdAt: Date;
  createdBy: string;
  version: number;
}

export const JurySessionSchema = collectionSchema<JurySessionView>(
  'jury_sessions',
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    certifierId: { type: String, required: true },
    region: { type: String, required: true },
    sittingOn: { type: String, required: true },
    closesOn: String,
    sendMode: { type: String, required: true },
    title: String,
    memberIds: { type: [String], default: undefined },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    version: { type: Number, required: true },
  },
  {
    tenantScoped: true,
    indexes: [
      // The calendar: a certifier's sessions by date, per region.
      { tenantId: 1, sittingOn: 1, region: 1 },
    ],
  },
);
