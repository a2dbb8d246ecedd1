import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Scheme, SchemeKind } from '@certhub/contracts';
import { Schema as MongooseSchema } from 'mongoose';

/**
 * One published version of a scheme. Schemes are platform reference data, authored by the
 * platform and shared by every CB (docs/domain/schemes.md): not tenant-owned, hence no tenantId and
 * no tenantScopePlugin. Every reader may see every scheme; only platform staff publish.
 * A document is written once and never updated: a change is a new version.
 */
@Schema({ collection: 'schemes', versionKey: false })
export class SchemeRecord {
  /** `<schemeId>@<version>`: inserting an existing version collides on _id. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  schemeId!: string;

  @Prop({ required: true })
  version!: string;

  @Prop({ type: String, required: true })
  kind!: SchemeKind;

  @Prop({ required: true })
  title!: string;

  @Prop({ type: [MongooseSchema.Types.Mixed], required: true })
  levels!: Scheme['levels'];

  @Prop({ required: true })
  requirementCount!: number;

  @Prop({ required: true })
  questionCount!: number;

  /** The whole scheme as validated by SchemeSchema (defaults applied). */
  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  definition!: Scheme;

  /** sha256 of the definition: the start-up seed notices a seed edited without a new version. */
  @Prop({ required: true })
  contentHash!: string;

  @Prop({ required: true })
  publishedAt!: Date;

  @Prop({ required: true })
  publishedBy!: string;
}

export type SchemeHeader = Omit<SchemeRecord, 'definition'>;

export const SchemeRecordSchema = SchemaFactory.createForClass(SchemeRecord);
// SchemeService.get / versions of one scheme (latest version picked among them).
SchemeRecordSchema.index({ schemeId: 1, version: 1 }, { unique: true });
// schemes.list filtered by kind.
SchemeRecordSchema.index({ kind: 1, schemeId: 1 });
