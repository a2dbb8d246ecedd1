import { handle, rpcHandlers } from '@certhub/platform';
import { GetPreferences } from './get-preferences/get-preferences.usecase';
import { UpdatePreferences } from './update-preferences/update-preferences.usecase';

/** The caller's own preferences. */
export const PreferencesController = rpcHandlers(
  handle('notification.preferences.get', GetPreferences),
  handle('notification.preferences.update', UpdatePreferences),
);
