import { Injectable } from '@nestjs/common';
import { PreferencePolicy } from '../preference-policy';
import { PreferenceRepository } from '../preference.repository';
import { type RpcHandler } from '@certhub/platform';

@Injectable()
export class GetPreferences {
  constructor(private readonly preferences: PreferenceRepository) {}

  readonly execute: RpcHandler<'notification.preferences.get'> = async (principal) => {
    const stored = await this.preferences.findOne(principal.tenantId, principal.userId);
    return PreferencePolicy.view(stored ?? undefined);
  };
}
