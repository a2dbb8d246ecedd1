import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload, RpcResponse } from '@certhub/contracts';
import { requireUser } from '../common/principal';
import { GetPreferences } from './get-preferences/get-preferences.usecase';
import { UpdatePreferences } from './update-preferences/update-preferences.usecase';

@Controller()
export class PreferencesController {
  constructor(
    private readonly getPreferences: GetPreferences,
    private readonly updatePreferences: UpdatePreferences,
  ) {}

  @MessagePattern('notification.preferences.get')
  get(): Promise<RpcResponse<'notification.preferences.get'>> {
    return this.getPreferences.execute(requireUser());
  }

  @MessagePattern('notification.preferences.update')
  update(
    @Payload() request: RpcPayload<'notification.preferences.update'>,
  ): Promise<RpcResponse<'notification.preferences.update'>> {
    return this.updatePreferences.execute(requireUser(), request);
  }
}
