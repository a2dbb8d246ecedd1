import { Prop } from '@nestjs/mongoose';
import { DossierStatusSchema, type DossierStatus } from '@certhub/contracts';
import { Collection, collectionSchema, ListOf, Required, TenantRecord } from '@certhub/platform';

/**
 * Read model: one document per dossier, as the dossier events describe it. Every field is written
 * by an update that gives the same result whatever the order and number of deliveries (a guarded
 * status, `$min` dates, `$addToSet` lists), so redeliveries and parallel replicas cannot skew it.
 *
 * `_id` is the dossier id; `tenantId` the instructing CB, or UNASSIGNED before assignment.
 */
@Collection('dossier_states')
export class DossierState extends TenantRecord {
  @Required() organisationId!: string;
  @Required() schemeId!: string;

  /** Absent until the first status_changed is applied. */
  @Prop({ type: String, enum: DossierStatusSchema.options }) status?: DossierStatus;

  /** JetStream sequence of the status_changed applied last: an older transition arriving late is ignored. */
  @Required({ default: 0 }) statusSeq!: number;
  @Prop() statusAt?: Date;

  /** Time of the dossier's earliest event: the cohort that period filters select. */
  @Prop() openedAt?: Date;

  /** First submission of the admissibility questionnaire. */
  @Prop() submittedAt?: Date;
  @Prop() admissibleAt?: Date;
  @ListOf(Date, { default: undefined }) auditsCompletedAt?: Date[];
  @ListOf(Date, { default: undefined }) decisionsAt?: Date[];
}

export const DossierStateSchema = collectionSchema(DossierState, {
  tenantScoped: true,
  indexes: [
    // Status counts and dashboard counters of one CB, by scheme and cohort.
    { tenantId: 1, schemeId: 1, status: 1, openedAt: 1 },
    // The same for an organisation's own dossiers, across CBs.
    { organisationId: 1, schemeId: 1, status: 1 },
    // Lead time submission → admissible, selected by admissibility date.
    { tenantId: 1, admissibleAt: 1 },
    // Lead time audit → decision: dossiers with a decision.
    { tenantId: 1, decisionsAt: 1 },
  ],
});
