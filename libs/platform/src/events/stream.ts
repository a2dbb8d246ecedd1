import { EVENTS_STREAM, EVENTS_SUBJECT_PREFIX } from '@certhub/contracts';
import { DiscardPolicy, RetentionPolicy, StorageType, type JetStreamManager, type StreamConfig } from 'nats';

/** De-duplication window for `Nats-Msg-Id`: longer than any relay retry loop we expect. */
const DUPLICATE_WINDOW_NS = 10 * 60 * 1e9;

export const EVENTS_STREAM_CONFIG: Partial<StreamConfig> = {
  name: EVENTS_STREAM,
  subjects: [`${EVENTS_SUBJECT_PREFIX}.>`],
  storage: StorageType.File,
  // Limits retention keeps history so read models can be rebuilt by replay.
  retention: RetentionPolicy.Limits,
  discard: DiscardPolicy.Old,
  duplicate_window: DUPLICATE_WINDOW_NS,
};

/** Idempotent: every publishing or consuming service may call it at start. */
export async function ensureEventsStream(jsm: JetStreamManager): Promise<void> {
  try {
    await jsm.streams.info(EVENTS_STREAM);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await jsm.streams.add(EVENTS_STREAM_CONFIG);
    } catch (addError) {
      // Another replica created it between our info and add.
      if (!/already in use|exists/i.test(String(addError))) throw addError;
    }
  }
}

export function isNotFound(error: unknown): boolean {
  return /not found|404/i.test(
    error instanceof Error ? `${error.message} ${(error as { code?: string }).code}` : String(error),
  );
}
