import type { Logger } from '@nestjs/common';
import { isNotFound, type NatsService } from '@certhub/platform';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ConsumerMessages, JsMsg, StoredMsg } from 'nats';
import type { DeliveryRepository } from '../delivery.repository';
import { DELIVERY_STREAM, type DeliveryMessage, type DeliveryStream } from '../delivery-stream';
import type { AttemptDelivery, Attempted } from './attempt-delivery';
import { Lanes, type LaneItem } from './lanes';
import type { OutcomeRecorder } from './outcome-recorder';
import type { PartitionLease } from './partition-lease';
import type { SubscriptionCache } from './subscription-cache';

/** Messages pulled ahead of what is being worked on. */
const PULL_AHEAD = 512;
/** How often heads the log could not be read for are tried again, and placeholders checked. */
const RECHECK_MS = 1_000;
const STORE_RETRY_MS = 1_000;

/** Attempts in flight, shared by the partitions a replica works. */
export class Slots {
  private used = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly limit: number) {}

  take(): boolean {
    if (this.used >= this.limit) return false;
    this.used++;
    return true;
  }

  release(): void {
    this.used--;
    this.listeners.forEach((wake) => wake());
  }

  onRelease(wake: () => void): () => void {
    this.listeners.add(wake);
    return () => this.listeners.delete(wake);
  }
}

export interface PartitionDeps {
  nats: NatsService;
  stream: DeliveryStream;
  deliveries: DeliveryRepository;
  subscriptions: SubscriptionCache;
  attempt: AttemptDelivery;
  recorder: OutcomeRecorder;
  slots: Slots;
  ackWaitMs: number;
  logger: Logger;
}

interface Received extends LaneItem {
  msg: JsMsg;
  message: DeliveryMessage;
  /** Not redelivered: it cannot have been sent and recorded already. */
  stateKnown: boolean;
}

/** A message a previous owner held unacknowledged, known from the stream until JetStream redelivers it. */
interface Placeholder extends LaneItem {
  msg?: undefined;
}

type Held = Received | Placeholder;

const received = (held: Held): held is Received => held.msg !== undefined;

/**
 * Works one partition of the delivery queue while this replica holds its lease: pulls its
 * messages, attempts the head of each lane, records the outcome in the log, then acknowledges
 * (delivered, dead-lettered) or nacks with the backoff (JetStream redelivers it then).
 *
 * Order across owners: messages a previous owner held unacknowledged come back only after their
 * ack wait or backoff, possibly after later ones of their lane. So on taking over, the worker
 * reads them from the stream (a work-queue stream keeps exactly the unacknowledged ones) and puts
 * a placeholder at their place in their lane: their lane waits for them, other lanes do not.
 */
export class PartitionWorker {
  private readonly lanes = new Lanes<Held>();
  /** Finished, their outcome being stored before the ack: their deadline is pushed back too. */
  private readonly recording = new Set<JsMsg>();
  private readonly inFlight = new Set<Promise<void>>();
  /** Heads whose state the log could not tell: looked at again on the next tick. */
  private readonly blocked = new Set<number>();
  private checking = false;
  private stopped = false;
  private messages?: ConsumerMessages;
  private receiving?: Promise<void>;
  private timers: NodeJS.Timeout[] = [];
  private unlisten?: () => void;

  constructor(
    readonly partition: number,
    readonly lease: PartitionLease,
    private readonly deps: PartitionDeps,
  ) {}

  async start(): Promise<void> {
    const { stream, nats, ackWaitMs } = this.deps;
    await stream.ensureConsumer(this.partition, ackWaitMs);
    const durable = stream.durable(this.partition);
    await this.placeOutstanding(durable);
    this.messages = await (
      await nats.js.consumers.get(DELIVERY_STREAM, durable)
    ).consume({
      max_messages: PULL_AHEAD,
    });
    this.receiving = this.receive(this.messages);
    this.unlisten = this.deps.slots.onRelease(() => this.pump());
    this.timers = [
      setInterval(() => this.heartbeat(), ackWaitMs / 3),
      setInterval(() => void this.tick(), RECHECK_MS),
    ];
  }

  /** Finishes the attempts under way, then hands back what it holds so the next owner gets it at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    this.unlisten?.();
    this.messages?.stop();
    await this.receiving;
    await Promise.all(this.inFlight);
    for (const held of this.lanes.clear()) held.msg?.nak();
  }

  /** Placeholders for the messages delivered before and not acknowledged: the previous owner's. */
  private async placeOutstanding(durable: string): Promise<void> {
    const { nats, stream } = this.deps;
    const info = await nats.jsm.consumers.info(DELIVERY_STREAM, durable);
    const subject = stream.subjectPrefix(this.partition);
    let placed = 0;
    for (let seq = info.ack_floor.stream_seq + 1; seq <= info.delivered.stream_seq; seq++) {
      const stored = await this.stored(seq);
      if (!stored?.subject.startsWith(subject)) continue;
      const message = stream.decode(stored.data);
      this.lanes.add({ msgSeq: seq, seq: message.seq, lane: message.lane });
      placed++;
    }
    if (placed > 0)
      this.deps.logger.log(
        `partition ${this.partition}: waiting for ${placed} deliveries a previous owner held`,
      );
  }

  /** The message still in the stream at this sequence (not acknowledged yet), if any. */
  private stored(seq: number): Promise<StoredMsg | undefined> {
    return this.deps.nats.jsm.streams.getMessage(DELIVERY_STREAM, { seq }).catch((error: unknown) => {
      if (isNotFound(error) || /no message/i.test(String(error))) return undefined;
      throw error;
    });
  }

  private async receive(messages: ConsumerMessages): Promise<void> {
    for await (const msg of messages) {
      let message: DeliveryMessage;
      try {
        message = this.deps.stream.decode(msg.data);
      } catch {
        this.deps.logger.error(`partition ${this.partition}: dropping undecodable message seq=${msg.seq}`);
        msg.term();
        continue;
      }
      this.lanes.add({
        msgSeq: msg.seq,
        seq: message.seq,
        lane: message.lane,
        msg,
        message,
        stateKnown: !msg.redelivered,
      });
      this.pump();
    }
  }

  /** Starts every free head it may, as far as attempt slots allow. */
  private pump(): void {
    if (this.stopped) return;
    const heads = this.lanes.heads().filter((h): h is Received => received(h) && !this.blocked.has(h.msgSeq));
    const unchecked = heads.filter((h) => !h.stateKnown);
    if (unchecked.length > 0 && !this.checking) void this.check(unchecked);
    for (const head of heads) {
      if (!head.stateKnown) continue;
      if (!this.deps.slots.take()) break;
      this.lanes.start(head);
      const task: Promise<void> = this.deliver(head).finally(() => this.inFlight.delete(task));
      this.inFlight.add(task);
    }
  }

  /**
   * One read of the log for a group of redelivered heads: one already finished (its ack was lost)
   * or of an earlier round is acknowledged unsent.
   */
  private async check(heads: Received[]): Promise<void> {
    this.checking = true;
    try {
      const states = await this.deps.deliveries.states(heads.map((h) => h.message.deliveryId));
      const stateOf = new Map(states.map((s) => [s._id, s]));
      for (const head of heads) {
        if (!this.lanes.isHead(head)) continue;
        const state = stateOf.get(head.message.deliveryId);
        const round = state?.round ?? 0;
        if (
          state &&
          (round > head.message.round || (round === head.message.round && state.status !== 'pending'))
        ) {
          this.lanes.done(head);
          head.msg.ack();
        } else head.stateKnown = true;
      }
    } catch (error) {
      this.deps.logger.warn(`partition ${this.partition}: cannot read the delivery log: ${String(error)}`);
      heads.forEach((h) => this.blocked.add(h.msgSeq));
    } finally {
      this.checking = false;
      this.pump();
    }
  }

  private async deliver(head: Received): Promise<void> {
    const { message, msg } = head;
    let attempted: Attempted;
    try {
      const subscription = await this.untilStored(() => this.deps.subscriptions.get(message.subscriptionId));
      attempted = await this.deps.attempt.execute(message, msg.info.redeliveryCount, subscription);
    } catch {
      // Stopped while the store was unreachable: the head stays held, and goes back with the rest.
      this.deps.slots.release();
      return;
    }
    this.deps.slots.release();
    const { outcome, retryInMs } = attempted;
    // The lane goes on as soon as the receiver has answered; the log catches up in its next batch.
    if (outcome.status === 'pending') this.lanes.awaitRedelivery(head);
    else this.lanes.done(head);
    this.pump();
    this.recording.add(msg);
    try {
      await this.untilStored(() =>
        this.deps.recorder.record({
          ...attempted,
          message,
          attempt: msg.info.redeliveryCount,
          msgSeq: msg.seq,
        }),
      );
    } catch {
      return; // stopped: unacknowledged, it is attempted again by the next owner
    } finally {
      this.recording.delete(msg);
    }
    if (outcome.status === 'pending') msg.nak(retryInMs);
    else if (outcome.status === 'dead_letter') msg.term('dead-lettered');
    else msg.ack();
  }

  /** Retries a store operation until it succeeds; rejects only once the partition is stopped. */
  private async untilStored<T>(operation: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await operation();
      } catch (error) {
        if (this.stopped) throw error;
        this.deps.logger.warn(`partition ${this.partition}: store unavailable, retrying: ${String(error)}`);
        await sleep(STORE_RETRY_MS);
      }
    }
  }

  private heartbeat(): void {
    for (const held of this.lanes.held()) held.msg?.working();
    for (const msg of this.recording) msg.working();
  }

  /** Placeholders whose message left the stream (acknowledged by the previous owner after all) hold nothing back. */
  private async tick(): Promise<void> {
    this.blocked.clear();
    for (const held of this.lanes.held())
      if (!received(held) && !(await this.stored(held.msgSeq).catch(() => true))) this.lanes.drop(held);
    this.pump();
  }
}
