import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ContextAccess, ContextRules, DocumentContextKind } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';

/**
 * An upload context, registered by the service that owns what the documents belong to (a
 * dossier's question, a finding, an audit). It decides who reads and writes, and the rules.
 */
@Schema({ collection: 'contexts', versionKey: false, timestamps: true })
export class DocumentContextRecord {
  /** The owner's contextId (`dossier:<id>:question:<questionId>`…). */
  @Prop({ type: String, required: true })
  _id!: string;

  /**
   * Every tenant named by the context (owner, readers, writers): the platform's tenant-scope guard
   * matches the caller's tenant against this array, so another tenant never even loads it.
   */
  @Prop({ type: [String], required: true })
  tenantId!: string[];

  @Prop({ type: String, required: true })
  kind!: DocumentContextKind;

  @Prop({ required: true })
  ownerTenantId!: string;

  @Prop({ type: [Object], default: [] })
  readers!: ContextAccess[];

  @Prop({ type: [Object], default: [] })
  writers!: ContextAccess[];

  /** Evidence of something done: no upload, new version or deletion (409). */
  @Prop({ default: false })
  closed!: boolean;

  /** Every signed-in user reads it (then `tenantId` holds ANY_USER as well). */
  @Prop({ default: false })
  readableByAnyUser!: boolean;

  @Prop({ type: Object, required: true })
  rules!: ContextRules;

  @Prop({ required: true })
  retentionDays!: number;

  createdAt!: Date;
  updatedAt!: Date;
}

export const DocumentContextSchema = SchemaFactory.createForClass(DocumentContextRecord);
// Serves loading a context by id for a caller's tenant (`_id` + `tenantId`).
DocumentContextSchema.index({ tenantId: 1 });
DocumentContextSchema.plugin(tenantScopePlugin);
