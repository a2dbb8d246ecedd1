import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { StatusPurpose } from '@certhub/contracts';
import { tenantScopePlugin } from '@certhub/platform';

/**
 * The signed status list credential of one CB and purpose, as last rendered. `revision` counts the
 * changes asked; a rendering is stored only over an older one, so concurrent renderings converge
 * on the newest state whatever order they finish in.
 */
@Schema({ collection: 'status_lists', versionKey: false })
export class StatusList {
  /** `<cbId>:<purpose>`. */
  @Prop({ type: String, required: true })
  _id!: string;

  /** The certification body. */
  @Prop({ type: String, required: true })
  tenantId!: string;

  @Prop({ type: String, required: true })
  purpose!: StatusPurpose;

  @Prop({ required: true, default: 0 })
  revision!: number;

  @Prop({ required: true, default: -1 })
  renderedRevision!: number;

  @Prop()
  jwt?: string;
}

export const StatusListSchema = SchemaFactory.createForClass(StatusList);
StatusListSchema.plugin(tenantScopePlugin);
