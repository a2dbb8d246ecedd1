import type { Principal } from '@certhub/contracts';
import { DomainError, updateAtVersion, type AggregateStore, type Versioned } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { searchPage } from './search-page';

/**
 * The store of a register's cases (complaints, appeals) on the versioned write path: a case is read
 * within the reader's scope (`scope`, null when the reader sees none of the register) and written at
 * its version under its certification body (`cbOf`).
 */
export abstract class CaseRepository<T extends Versioned> implements AggregateStore<T> {
  protected constructor(
    protected readonly model: Model<T>,
    private readonly scope: (principal: Principal) => FilterQuery<T> | null,
    private readonly cbOf: (current: T) => string,
  ) {}

  async insert(created: T): Promise<void> {
    await this.model.create(created);
  }

  findVisible(principal: Principal, id: string): Promise<T | null> {
    const scope = this.scope(principal);
    if (!scope) return Promise.resolve(null);
    return this.model
      .findOne({ $and: [scope, { _id: id }] } as FilterQuery<T>, { outbox: 0 })
      .lean<T>()
      .exec();
  }

  applyAtVersion(current: T, update: UpdateQuery<T>): Promise<T | null> {
    return updateAtVersion(this.model, this.cbOf(current), current, update);
  }

  /** One page of the register the reader sees (see searchPage); 403 `refusal` when it sees none of it. */
  async searchVisible(
    principal: Principal,
    refusal: string,
    filter: FilterQuery<T>,
    sort: Record<string, SortOrder>,
    page: { page: number; pageSize: number },
  ): Promise<{ items: T[]; total: number }> {
    const scope = this.scope(principal);
    if (!scope) throw DomainError.forbidden(refusal);
    return searchPage(this.model, scope, filter, sort, page);
  }
}
