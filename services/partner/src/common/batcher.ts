interface Waiting<I, O> {
  item: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: calls that arrive while a batch is being handled are handled together by the
 * next one, so under load a call costs a fraction of a database round trip, and alone it costs
 * one. `handle` answers one output per item, in order; when it throws, every call of the batch
 * rejects with its error.
 */
export class Batcher<I, O> {
  private queue: Waiting<I, O>[] = [];
  private running = false;

  constructor(
    private readonly handle: (items: I[]) => Promise<O[]>,
    private readonly maxBatch = 1_000,
  ) {}

  run(item: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.maxBatch);
        try {
          const outputs = await this.handle(group.map((w) => w.item));
          group.forEach((w, i) => w.resolve(outputs[i] as O));
        } catch (error) {
          group.forEach((w) => w.reject(error));
        }
      }
    } finally {
      this.running = false;
    }
  }
}
