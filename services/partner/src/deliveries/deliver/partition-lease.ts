import type { KV } from 'nats';

/**
 * Who works a partition of the delivery queue: a key in a NATS KV bucket whose entries expire
 * after the lease's time to live. Taken with a create (fails while another replica holds it),
 * kept with a compare-and-set update; a replica that stops renewing loses it by expiry.
 */
export class PartitionLease {
  private revision?: number;

  constructor(
    private readonly kv: KV,
    private readonly key: string,
    private readonly owner: string,
  ) {}

  /** False while another replica holds it, or NATS cannot be reached. */
  async acquire(): Promise<boolean> {
    try {
      this.revision = await this.kv.create(this.key, this.owner);
      return true;
    } catch {
      return false;
    }
  }

  /** False when the lease was lost (expired and maybe taken since, or NATS unreachable). */
  async renew(): Promise<boolean> {
    if (this.revision === undefined) return false;
    try {
      this.revision = await this.kv.update(this.key, this.owner, this.revision);
      return true;
    } catch {
      this.revision = undefined;
      return false;
    }
  }

  /** Hands the partition over now rather than at expiry. */
  async release(): Promise<void> {
    if (this.revision === undefined) return;
    await this.kv.delete(this.key, { previousSeq: this.revision }).catch(() => undefined);
    this.revision = undefined;
  }
}
