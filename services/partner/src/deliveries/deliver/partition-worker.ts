import type { Logger } from '@nestjs/common';
import type { NatsService } from '@certhub/platform';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ConsumerMessages, JsMsg } from 'nats';
import type { Batcher } from '../../common/batcher';
import type { Subscription } from '../../subscriptions/subscription.schema';
import type { DeliveryRepository } from '../delivery.repository';
import { DELIVERY_STREAM, type DeliveryMessage, type DeliveryStream } from '../delivery-stream';
import type { AttemptDelivery, Attempted } from './attempt-delivery';
import { Lanes, type LaneItem } from './lanes';
import type { OutcomeRecorder } from './outcome-recorder';
import type { PartitionLease } from './partition-lease';

/** Messages pulled ahead of what is being worked on. */
const PULL_AHEAD = 512;
/** How often heads held back for the store are looked at again, and the ack floor read while recovering. */
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
  subscriptions: Batcher<string, Subscription | undefined>;
  attempt: AttemptDelivery;
  recorder: OutcomeRecorder;
  slots: Slots;
  ackWaitMs: number;
  logger: Logger;
}

interface Held extends LaneItem {
  msg: JsMsg;
  message: DeliveryMessage;
  /** Not redelivered: it cannot have been sent and recorded already. */
  stateKnown: boolean;
  /** Received while no earlier delivery of any lane could be out with a previous owner. */
  orderKnown: boolean;
}

/**
 * Works one partition of the delivery queue while this replica holds its lease: pulls its
 * messages, attempts the head of each lane, records the outcome in the log, then acknowledges
 * (delivered, dead-lettered) or nacks with the backoff (JetStream redelivers it then).
 *
 * Order across owners: messages the previous owner held unacknowledged come back only after
 * their ack wait or backoff, possibly after later ones of their lane. So from taking over until
 * every message delivered before is acknowledged (the consumer's ack floor reaches what it had
 * delivered), a head goes only if the log shows no earlier pending delivery of its lane.
 */
export class PartitionWorker {
  private readonly lanes = new Lanes<Held>();
  /** Finished, their outcome being stored before the ack: their deadline is pushed back too. */
  private readonly recording = new Set<JsMsg>();
  private readonly inFlight = new Set<Promise<void>>();
  /** Heads the log holds back (or that it could not tell about): looked at again on the next tick. */
  private readonly blocked = new Set<number>();
  private recoveringUntil?: number;
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
    const info = await nats.jsm.consumers.info(DELIVERY_STREAM, durable);
    if (info.ack_floor.stream_seq < info.delivered.stream_seq) {
      this.recoveringUntil = info.delivered.stream_seq;
      this.deps.logger.log(
        `partition ${this.partition}: taken over with messages up to ${this.recoveringUntil} unacknowledged; checking lane order against the log`,
      );
    }
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
    for (const held of this.lanes.clear()) held.msg.nak();
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
        orderKnown: this.recoveringUntil === undefined,
      });
      this.pump();
    }
  }

  private needsCheck(held: Held): boolean {
    return !held.stateKnown || (this.recoveringUntil !== undefined && !held.orderKnown);
  }

  /** Starts every free head it may, as far as attempt slots allow. */
  private pump(): void {
    if (this.stopped) return;
    const heads = this.lanes.heads().filter((h) => !this.blocked.has(h.msgSeq));
    const unchecked = heads.filter((h) => this.needsCheck(h));
    if (unchecked.length > 0 && !this.checking) void this.check(unchecked);
    for (const head of heads) {
      if (this.needsCheck(head)) continue;
      if (!this.deps.slots.take()) break;
      this.lanes.start(head);
      const task: Promise<void> = this.deliver(head).finally(() => this.inFlight.delete(task));
      this.inFlight.add(task);
    }
  }

  /**
   * One read of the log for a group of heads: a redelivered message already finished (its ack was
   * lost) or of an earlier round is acknowledged unsent; while recovering, a head with an earlier
   * pending delivery of its lane waits for it.
   */
  private async check(heads: Held[]): Promise<void> {
    this.checking = true;
    try {
      const redelivered = heads.filter((h) => !h.stateKnown).map((h) => h.message.deliveryId);
      const [states, earlier] = await Promise.all([
        redelivered.length ? this.deps.deliveries.states(redelivered) : [],
        this.recoveringUntil === undefined
          ? []
          : this.deps.deliveries.pendingBefore(
              heads.map((h) => h.lane),
              Math.max(...heads.map((h) => h.seq)),
            ),
      ]);
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
          continue;
        }
        head.stateKnown = true;
        if (earlier.some((e) => e.lane === head.lane && e.seq < head.seq)) this.blocked.add(head.msgSeq);
        else head.orderKnown = true;
      }
    } catch (error) {
      this.deps.logger.warn(`partition ${this.partition}: cannot read the delivery log: ${String(error)}`);
      heads.forEach((h) => this.blocked.add(h.msgSeq));
    } finally {
      this.checking = false;
      this.pump();
    }
  }

  private async deliver(head: Held): Promise<void> {
    const { message, msg } = head;
    let attempted: Attempted;
    try {
      const subscription = await this.untilStored(() => this.deps.subscriptions.run(message.subscriptionId));
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
    for (const held of this.lanes.held()) held.msg.working();
    for (const msg of this.recording) msg.working();
  }

  private async tick(): Promise<void> {
    this.blocked.clear();
    if (this.recoveringUntil !== undefined) {
      try {
        const { stream, nats } = this.deps;
        const info = await nats.jsm.consumers.info(DELIVERY_STREAM, stream.durable(this.partition));
        if (info.ack_floor.stream_seq >= this.recoveringUntil) {
          this.recoveringUntil = undefined;
          this.deps.logger.log(`partition ${this.partition}: recovered, lane order kept in memory again`);
        }
      } catch {
        // NATS unreachable: still recovering.
      }
    }
    this.pump();
  }
}
