import { waitFor } from '@certhub/testing';
import type { JetStreamManager } from 'nats';
import { DELIVERY_STREAM } from '../../src/deliveries/delivery-stream';

/**
 * Waits until nothing is queued for the partner any more: the delivery queue drops a delivery once
 * its webhook answered, so what the partner's endpoint received is then final. A check that a
 * partner was NOT told something waits for this first, since another partner's delivery of the
 * same event, on another lane, may go out earlier.
 */
export function settledFor(jsm: JetStreamManager, partnerId: string): Promise<true> {
  return waitFor(
    `nothing queued for partner ${partnerId}`,
    async () => {
      const info = await jsm.streams.info(DELIVERY_STREAM, {
        subjects_filter: `partnerdlv.*.${partnerId}.>`,
      });
      return Object.keys(info.state.subjects ?? {}).length === 0 || undefined;
    },
    { timeoutMs: 30_000, intervalMs: 300 },
  );
}
