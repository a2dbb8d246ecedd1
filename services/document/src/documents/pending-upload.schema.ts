import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * Written BEFORE the bytes go to the object store and removed once the document row names them:
 * a process dying in between leaves this row behind, so the reconciler can find the bytes and
 * remove them. Platform bookkeeping, not tenant data: no tenant scope, no API reads it.
 */
@Schema({ collection: 'pending_uploads', versionKey: false })
export class PendingUpload {
  /** The object key the bytes are written under. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  documentId!: string;

  @Prop({ required: true })
  contextId!: string;

  @Prop({ required: true })
  startedAt!: Date;
}

export const PendingUploadSchema = SchemaFactory.createForClass(PendingUpload);
// Serves the reconciler's scan for uploads abandoned long enough.
PendingUploadSchema.index({ startedAt: 1 });
