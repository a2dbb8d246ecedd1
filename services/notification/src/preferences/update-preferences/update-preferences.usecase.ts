import { Injectable } from '@nestjs/common';
import type { EventType } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import type { NotificationCategory } from '../../common/category';
import { PreferencePolicy } from '../preference-policy';
import { PreferenceRepository } from '../preference.repository';

type Changes<K extends string> = Partial<Record<K, boolean>> | undefined;

/**
 * Turns optional notifications on or off for the caller. Asking to turn off a mandatory one is
 * refused as a whole (422, one reason per field), so a partial save never hides the refusal.
 */
@Injectable()
export class UpdatePreferences {
  constructor(private readonly preferences: PreferenceRepository) {}

  readonly execute: RpcHandler<'notification.preferences.update'> = async (principal, request) => {
    const refused = [
      ...turnedOff(request.categories)
        .filter((category) => PreferencePolicy.isMandatoryCategory(category))
        .map((category) => ({
          field: `categories.${category}`,
          message: `${category} notifications are mandatory and cannot be turned off`,
        })),
      ...turnedOff(request.eventTypes)
        .filter((type) => PreferencePolicy.isMandatoryType(type))
        .map((type) => ({
          field: `eventTypes.${type}`,
          message: `${type} notifications are mandatory and cannot be turned off`,
        })),
    ];
    if (refused.length > 0)
      throw new DomainError('validation_failed', 'mandatory notifications cannot be turned off', refused);

    const stored = await this.preferences.findOne(principal.tenantId, principal.userId);
    const choices = {
      disabledCategories: apply<NotificationCategory>(stored?.disabledCategories, request.categories),
      disabledEventTypes: apply<EventType>(stored?.disabledEventTypes, request.eventTypes),
    };
    await this.preferences.save(principal.tenantId, principal.userId, choices);
    return PreferencePolicy.view(choices);
  };
}

function turnedOff<K extends string>(changes: Changes<K>): K[] {
  return (Object.entries(changes ?? {}) as [K, boolean][]).filter(([, on]) => !on).map(([key]) => key);
}

/** The stored "off" list with the request's switches applied: true removes, false adds. */
function apply<K extends string>(stored: string[] | undefined, changes: Changes<K>): string[] {
  const off = new Set(stored ?? []);
  for (const [key, on] of Object.entries(changes ?? {}) as [K, boolean][]) {
    if (on) off.delete(key);
    else off.add(key);
  }
  return [...off].sort();
}
