import { Injectable, Logger } from '@nestjs/common';
import { CloudEventSchema, EVENTS_STREAM, type CloudEvent } from '@certhub/contracts';
import { NatsService, ensureEventsStream } from '@certhub/platform';
import type { JsMsg } from 'nats';
import { CandidacyStateRepository } from '../candidacies/candidacy-state.repository';
import { DossierStateRepository } from '../dossiers/dossier-state.repository';
import { EventReceiptRepository } from '../event-counts/event-receipt.repository';
import { FindingRepository } from '../findings/finding.repository';
import { Projector } from '../projection/projector';

const PROGRESS_EVERY_MS = 2_000;

/**
 * Rebuilds the read models from scratch: empties them, then replays the stream from its first
 * event through the projector, in stream order, with an ordered consumer of its own. The service
 * may keep running meanwhile (its figures are incomplete until the replay ends): the live durable
 * is left alone, and because every projection write is idempotent and order-independent, an
 * event applied by both the replay and the live consumer counts once.
 */
@Injectable()
export class RebuildReadModels {
  private readonly logger = new Logger(RebuildReadModels.name);

  constructor(
    private readonly nats: NatsService,
    private readonly projector: Projector,
    private readonly dossiers: DossierStateRepository,
    private readonly findings: FindingRepository,
    private readonly receipts: EventReceiptRepository,
    private readonly candidacies: CandidacyStateRepository,
  ) {}

  async run(progress: (line: string) => void): Promise<{ events: number; lastSeq: number }> {
    await ensureEventsStream(this.nats.jsm);
    await Promise.all([
      this.dossiers.clear(),
      this.findings.clear(),
      this.receipts.clear(),
      this.candidacies.clear(),
    ]);
    // Read after the clear: every event up to here is replayed below, and every later one reaches
    // the live consumer after the clear. Either way its effect lands in the emptied read models.
    const { last_seq: lastSeq } = (await this.nats.jsm.streams.info(EVENTS_STREAM)).state;
    progress(`replaying the stream up to sequence ${lastSeq}`);
    if (lastSeq === 0) return { events: 0, lastSeq };

    const consumer = await this.nats.js.consumers.get(EVENTS_STREAM);
    const messages = await consumer.consume({ max_messages: 256 });
    let events = 0;
    let reported = Date.now();
    for await (const msg of messages) {
      const event = parse(msg);
      if (event) {
        await this.projector.apply(event, msg.seq);
        events += 1;
      } else {
        // The live consumer drops it too (DurableConsumers terminates malformed messages).
        this.logger.warn(`skipping malformed message at sequence ${msg.seq}`);
      }
      if (Date.now() - reported >= PROGRESS_EVERY_MS) {
        progress(`replayed up to sequence ${msg.seq} of ${lastSeq}`);
        reported = Date.now();
      }
      if (msg.seq >= lastSeq) break;
    }
    messages.stop();
    return { events, lastSeq };
  }
}

function parse(msg: JsMsg): CloudEvent | undefined {
  try {
    const parsed = CloudEventSchema.safeParse(msg.json());
    return parsed.success ? (parsed.data as CloudEvent) : undefined;
  } catch {
    return undefined;
  }
}
