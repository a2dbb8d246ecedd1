import { Injectable } from '@nestjs/common';
import type { Model } from 'mongoose';

/**
 * Serialises, within this process, the writes to one document. MongoDB applies each update of a
 * document atomically, a version filter included; FerretDB v1 (the local runtime's store) reads,
 * changes and writes back, so two concurrent writers of one document can lose an update — the
 * outbox relay's removal racing a state transition erased the transition. Writers of an aggregate
 * and the relay take the same key here; across replicas, only MongoDB's atomicity protects them.
 */
@Injectable()
export class DocumentLocks {
  private readonly tails = new Map<string, Promise<unknown>>();

  static key(model: Pick<Model<unknown>, 'collection'>, id: unknown): string {
    return `${model.collection.collectionName}:${String(id)}`;
  }

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.then(work, work);
    const tail = current.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await current;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
