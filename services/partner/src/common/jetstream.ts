import { isNotFound } from '@certhub/platform';
import type { JetStreamManager, StreamConfig } from 'nats';

/** Creates the stream unless it exists; another replica creating it at the same time is no error. */
export async function ensureStream(
  jsm: JetStreamManager,
  config: Partial<StreamConfig> & Pick<StreamConfig, 'name'>,
): Promise<void> {
  try {
    await jsm.streams.info(config.name);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await jsm.streams.add(config).catch(ignoreAlreadyThere);
  }
}

/** Another replica created it between our look and our add. */
export function ignoreAlreadyThere(error: unknown): void {
  if (!/already in use|exists/i.test(String(error))) throw error;
}
