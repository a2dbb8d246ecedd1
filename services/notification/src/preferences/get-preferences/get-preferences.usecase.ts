import { Injectable } from '@nestjs/common';
import type { Principal, RpcResponse } from '@certhub/contracts';
import { PreferencePolicy } from '../preference-policy';
import { PreferenceRepository } from '../preference.repository';

@Injectable()
export class GetPreferences {
  constructor(private readonly preferences: PreferenceRepository) {}

  async execute(principal: Principal): Promise<RpcResponse<'notification.preferences.get'>> {
    const stored = await this.preferences.findOne(principal.tenantId, principal.userId);
    return PreferencePolicy.view(stored ?? undefined);
  }
}
