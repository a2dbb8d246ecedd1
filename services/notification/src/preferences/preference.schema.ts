import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { tenantScopePlugin } from '@certhub/platform';

/**
 * What one user turned off. Absent document = everything on: a user who never opened the page
 * receives every notification, and mandatory ones whatever is stored here.
 */
@Schema({ collection: 'notification_preferences', versionKey: false })
export class Preference {
  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  userId!: string;

  @Prop({ type: [String], default: [] })
  disabledCategories!: string[];

  @Prop({ type: [String], default: [] })
  disabledEventTypes!: string[];

  @Prop({ required: true })
  updatedAt!: Date;
}

export const PreferenceSchema = SchemaFactory.createForClass(Preference);
// One document per user: the reads of the preferences page and of every notification's audience.
PreferenceSchema.index({ tenantId: 1, userId: 1 }, { unique: true });
PreferenceSchema.plugin(tenantScopePlugin);
