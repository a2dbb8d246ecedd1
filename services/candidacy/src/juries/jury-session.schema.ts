import { Prop } from '@nestjs/mongoose';
import { Collection, collectionSchema, ListOf, Required, TenantRecord } from '@certhub/platform';

export const JURY_SESSION_MODEL = 'JurySession';

/** A sitting of a certifier's jury for a region; `tenantId` is the certifier. */
@Collection('jury_sessions')
export class JurySessionView extends TenantRecord {
  @Required() certifierId!: string;
  @Required() region!: string;
  @Required() sittingOn!: string;
  @Prop() closesOn?: string;
  @Required({ type: String }) sendMode!: 'digital' | 'paper';
  @Prop() title?: string;

  /** The jury members who sit in it; none: every jury member of the certifier. */
  @ListOf(String, { default: undefined }) memberIds?: string[];
  @Required() createdAt!: Date;
  @Required() createdBy!: string;
  @Required() version!: number;
}

export const JurySessionSchema = collectionSchema(JurySessionView, {
  tenantScoped: true,
  indexes: [
    // The calendar: a certifier's sessions by date, per region.
    { tenantId: 1, sittingOn: 1, region: 1 },
  ],
});
