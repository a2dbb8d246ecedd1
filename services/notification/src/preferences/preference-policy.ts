import type { EventType, RpcResponse } from '@certhub/contracts';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../common/category';
import { ROUTES } from '../routing/routes';
import type { PreferenceChoices } from './preference.repository';

type Preferences = RpcResponse<'notification.preferences.get'>;

/** Platform notices about the user's own mail; always delivered to the inbox. */
const ALWAYS_ON: ReadonlySet<NotificationCategory> = new Set(['undelivered_mail']);

const ROUTED = Object.entries(ROUTES) as [EventType, (typeof ROUTES)[EventType]][];

/**
 * Which notifications a user may silence. Preferences apply to both channels at once: what is
 * turned off produces neither a mail nor an inbox entry. A mandatory event type (decisions,
 * findings to answer…) is always delivered; a category is mandatory when all its types are.
 */
export const PreferencePolicy = {
  isMandatoryType(type: EventType): boolean {
    return ROUTES[type].mandatory;
  },

  isMandatoryCategory(category: NotificationCategory): boolean {
    if (ALWAYS_ON.has(category)) return true;
    const types = ROUTED.filter(([, route]) => route.category === category);
    return types.length > 0 && types.every(([, route]) => route.mandatory);
  },

  receives(choices: PreferenceChoices | undefined, type: EventType): boolean {
    const route = ROUTES[type];
    if (route.mandatory || !choices) return true;
    return !choices.disabledCategories.includes(route.category) && !choices.disabledEventTypes.includes(type);
  },

  view(choices: PreferenceChoices | undefined): Preferences {
    return {
      categories: NOTIFICATION_CATEGORIES.map((category) => {
        const mandatory = PreferencePolicy.isMandatoryCategory(category);
        const off = choices?.disabledCategories.includes(category) ?? false;
        return { category, mandatory, enabled: mandatory || !off };
      }),
      eventTypes: ROUTED.map(([type, route]) => ({
        type,
        category: route.category,
        mandatory: route.mandatory,
        enabled: PreferencePolicy.receives(choices, type),
      })),
    };
  },
};
