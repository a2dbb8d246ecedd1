/** A queued message as the lanes see it. */
export interface LaneItem {
  /** Sequence of the message in the delivery stream: the same on every redelivery of it. */
  msgSeq: number;
  /** Sequence of the event in CERTHUB_EVENTS: the order within a lane. */
  seq: number;
  lane: string;
}

interface Lane<T> {
  /** Held messages, in event order; the first is the head. */
  queue: T[];
  /** The head is being attempted, or waits for JetStream to redeliver it after a failure. */
  busy: boolean;
  awaitingRedelivery: boolean;
}

/**
 * One partition's messages grouped by lane (a subscription and a dossier): only a lane's head
 * may be attempted, one attempt at a time. A failed head keeps its lane busy until JetStream
 * redelivers it after the backoff, so the lane's later events wait behind it while other lanes
 * go on. Pure bookkeeping: the worker acts on what it answers.
 */
export class Lanes<T extends LaneItem> {
  private readonly lanes = new Map<string, Lane<T>>();
  /** Lanes whose head may go: what `heads` walks, rather than every lane held. */
  private readonly free = new Set<string>();

  /**
   * Takes a received message. A redelivery of one already held replaces it (its ack goes to the
   * newest delivery); the awaited redelivery of a failed head makes its lane free again.
   */
  add(item: T): void {
    let lane = this.lanes.get(item.lane);
    if (!lane) {
      lane = { queue: [], busy: false, awaitingRedelivery: false };
      this.lanes.set(item.lane, lane);
    }
    const held = lane.queue.findIndex((q) => q.msgSeq === item.msgSeq);
    if (held >= 0) {
      lane.queue[held] = item;
      if (held === 0 && lane.awaitingRedelivery) this.release(item.lane, lane);
      return;
    }
    const after = lane.queue.findIndex((q, i) => (i > 0 || !lane.busy) && q.seq > item.seq);
    if (after < 0) lane.queue.push(item);
    else lane.queue.splice(after, 0, item);
    if (!lane.busy) this.free.add(item.lane);
  }

  /** Heads of the lanes that are free: what may be attempted now. */
  heads(): T[] {
    const heads: T[] = [];
    for (const key of this.free) {
      const head = this.lanes.get(key)?.queue[0];
      if (head) heads.push(head);
    }
    return heads;
  }

  isHead(item: T): boolean {
    return this.lanes.get(item.lane)?.queue[0]?.msgSeq === item.msgSeq;
  }

  /** The head's attempt begins. */
  start(item: T): void {
    const lane = this.laneOf(item);
    lane.busy = true;
    this.free.delete(item.lane);
  }

  /** The head is finished (delivered, dead-lettered, or not ours to send): its lane goes on. */
  done(item: T): void {
    const lane = this.laneOf(item);
    lane.queue.shift();
    this.release(item.lane, lane);
  }

  /** The head failed and will be redelivered after its backoff: its lane waits for it. */
  awaitRedelivery(item: T): void {
    const lane = this.laneOf(item);
    lane.busy = lane.awaitingRedelivery = true;
    this.free.delete(item.lane);
  }

  /** Every held message but failed heads waiting for their redelivery: those whose ack deadline must be pushed back. */
  held(): T[] {
    return [...this.lanes.values()].flatMap((lane) =>
      lane.awaitingRedelivery ? lane.queue.slice(1) : lane.queue,
    );
  }

  /** Forgets a message that is not under way (it will not come back). */
  drop(item: T): void {
    const lane = this.lanes.get(item.lane);
    if (!lane) return;
    const at = lane.queue.findIndex((q) => q.msgSeq === item.msgSeq);
    if (at < 0 || (at === 0 && lane.busy)) return;
    lane.queue.splice(at, 1);
    if (at === 0) this.release(item.lane, lane);
  }

  /** Lets go of everything (the partition changed hands): answers what was held, for the caller to release. */
  clear(): T[] {
    const all = this.held();
    this.lanes.clear();
    this.free.clear();
    return all;
  }

  get size(): number {
    let size = 0;
    for (const lane of this.lanes.values()) size += lane.queue.length;
    return size;
  }

  /** The lane may go on with its (new) head, or is forgotten when empty. */
  private release(key: string, lane: Lane<T>): void {
    lane.busy = lane.awaitingRedelivery = false;
    if (lane.queue.length > 0) this.free.add(key);
    else {
      this.lanes.delete(key);
      this.free.delete(key);
    }
  }

  private laneOf(item: T): Lane<T> {
    const lane = this.lanes.get(item.lane);
    if (lane?.queue[0]?.msgSeq !== item.msgSeq)
      throw new Error(`message ${item.msgSeq} is not the head of its lane`);
    return lane;
  }
}
