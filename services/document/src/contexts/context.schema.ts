import { Prop } from '@nestjs/mongoose';
import type { ContextAccess, ContextRules, DocumentContextKind } from '@certhub/contracts';
import { Collection, collectionSchema, ListOf, MultiTenantRecord, Required } from '@certhub/platform';

/**
 * An upload context, registered by the service that owns what the documents belong to (a
 * dossier's question, a finding, an audit). It decides who reads and writes, and the rules.
 *
 * `_id` is the owner's contextId (`dossier:<id>:question:<questionId>`…); `tenantId` every tenant
 * named by the context (owner, readers, writers): the platform's tenant-scope guard matches the
 * caller's tenant against this array, so another tenant never even loads it.
 */
@Collection('contexts', { timestamps: true })
export class DocumentContextRecord extends MultiTenantRecord {
  @Required({ type: String }) kind!: DocumentContextKind;
  @Required() ownerTenantId!: string;
  @ListOf(Object) readers!: ContextAccess[];
  @ListOf(Object) writers!: ContextAccess[];

  /** Evidence of something done: no upload, new version or deletion (409). */
  @Prop({ default: false }) closed!: boolean;

  /** Every signed-in user reads it (then `tenantId` holds ANY_USER as well). */
  @Prop({ default: false }) readableByAnyUser!: boolean;
  @Required({ type: Object }) rules!: ContextRules;
  @Required() retentionDays!: number;
  createdAt!: Date;
  updatedAt!: Date;
}

export const DocumentContextSchema = collectionSchema(DocumentContextRecord, {
  tenantScoped: true,
  indexes: [
    // Serves loading a context by id for a caller's tenant (`_id` + `tenantId`).
    { tenantId: 1 },
  ],
});
