import { Collection, collectionSchema, ListOf, Required } from '@certhub/platform';

/**
 * What one user turned off. Absent document = everything on: a user who never opened the page
 * receives every notification, and mandatory ones whatever is stored here.
 */
@Collection('notification_preferences')
export class Preference {
  @Required() tenantId!: string;
  @Required() userId!: string;
  @ListOf(String) disabledCategories!: string[];
  @ListOf(String) disabledEventTypes!: string[];
  @Required() updatedAt!: Date;
}

export const PreferenceSchema = collectionSchema(Preference, {
  tenantScoped: true,
  indexes: [
    // One document per user: the reads of the preferences page and of every notification's audience.
    [{ tenantId: 1, userId: 1 }, { unique: true }],
  ],
});
