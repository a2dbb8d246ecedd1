import { isSystemPrincipal, type CloudEvent, type Principal } from '@certhub/contracts';
import type { UpdateQuery } from 'mongoose';
import { DomainError } from '../errors/domain-error';
import type { GuardRegistry } from './guards';
import {
  invalidTransition,
  targetOf,
  transitionFor,
  type LifecycleTable,
  type Transition,
} from './lifecycle-table';

/** What every versioned aggregate holds: an id, a status of its table, a version bumped by each write. */
export interface Versioned<S extends string = string> {
  _id: string;
  status: S;
  version: number;
}

/** Where one kind of aggregate is read and written. */
export interface AggregateStore<T extends Versioned> {
  /** The aggregate if the principal may see it (tenant scope and need-to-know), else null (404, never 403). */
  findVisible(principal: Principal, id: string): Promise<T | null>;
  /**
   * Applies `update` only if the aggregate is still at `current.version`, atomically in the store
   * (MongoDB, or FerretDB with infra/local/ferretdb's compare-and-swap patch), across replicas.
   * Null: another write came first.
   */
  applyAtVersion(current: T, update: UpdateQuery<T>): Promise<T | null>;
  insert(aggregate: T): Promise<void>;
}

/** One trail entry as this path writes it; an aggregate may store it under its own field names. */
export interface TrailStep<S extends string> {
  at: Date;
  by: string;
  action: string;
  /** Absent for the creation. */
  from?: S;
  to: S;
  what: string;
  before?: unknown;
  after?: unknown;
}

/** What a command changes, decided from the aggregate as loaded. */
export interface Change<S extends string> {
  $set?: Record<string, unknown>;
  $inc?: Record<string, number>;
  $push?: Record<string, unknown>;
  $addToSet?: Record<string, unknown>;
  /** The target of a `decided` row (a review's outcome). */
  to?: S;
  /** The trail entry's text, and the data before and after when they say more than the status. */
  what: string;
  before?: unknown;
  after?: unknown;
  /** The command's own events, given the target status. */
  events?: (to: S) => CloudEvent[];
}

export interface AggregateDefinition<
  T extends Versioned<S>,
  S extends string,
  A extends string,
  G extends string,
> {
  /** How messages name the kind: `dossier`, `finding`. */
  kind: string;
  /** How messages name one aggregate (default: the kind and its id). */
  label?: (aggregate: T) => string;
  table: LifecycleTable<S, A, G>;
  store: AggregateStore<T>;
  guards?: GuardRegistry<T, G, A>;
  /** Reads and writes of one command without an expected version before it answers 409 (default 4). */
  attempts?: number;
  /** Fields every write sets with the status (a timestamp, a flag derived from the status). */
  statusFields?: (to: S, current: T, now: Date) => Record<string, unknown>;
  /** The stored shape of a trail entry (default: the step as is). */
  trailEntry?: (step: TrailStep<S>) => unknown;
  /** Events of every status change, before the command's own (a dossier's status_changed). */
  transitionEvents?: (current: T, to: S, context: { principal: Principal; now: Date }) => CloudEvent[];
  /** The refusal of a failing guard, when it is not 409 invalid_transition (403 for "not your audit"). */
  guardRefusal?: (guard: G, action: A, current: T) => DomainError | undefined;
  /**
   * A refusal that depends on the principal's standing elsewhere, not on the aggregate's status
   * (an inactive organisation's users; the users of the place the aggregate belongs to, which it
   * names): thrown once per command, after the role check.
   */
  admit?: (principal: Principal, action: A, current: T) => Promise<void>;
}

export interface Applied<T, C> {
  /** The aggregate as loaded, at the version the change was applied to. */
  before: T;
  after: T;
  change: C;
}

export interface ApplyOptions {
  /**
   * The version the caller saw: a concurrent change is refused (409 stale_version) instead of read
   * again and retried.
   */
  expectedVersion?: number;
}

/** Fields this path owns: a command's change may not write them. */
const RESERVED = new Set(['status', 'version', 'trail', 'outbox', 'tenantId', '_id']);
const DEFAULT_ATTEMPTS = 4;

/**
 * The write path of a versioned aggregate, the same for every kind (dossiers, findings, audits):
 * read once for the principal (404 when out of its scope), check the version the caller saw, the
 * table (409 with the current status), the role (403), let the command decide its change from what
 * was read, check the table's guards, then write the status, the change, the trail entry and the
 * events (into the document's outbox) in one update at the loaded version. When another write came
 * first and the caller named no version, the command reads again and decides again, a bounded
 * number of times, then answers 409 stale_version.
 */
export class VersionedAggregate<
  T extends Versioned<S>,
  S extends string,
  A extends string,
  G extends string = never,
> {
  constructor(private readonly def: AggregateDefinition<T, S, A, G>) {}

  get table(): LifecycleTable<S, A, G> {
    return this.def.table;
  }

  /** The aggregate visible to the principal, 404 otherwise; with an action, 409 when the table refuses it now. */
  async load(principal: Principal, id: string, action?: A): Promise<T> {
    const found = await this.def.store.findVisible(principal, id);
    if (!found) throw DomainError.notFound(`${this.def.kind} ${id}`);
    if (action !== undefined) this.rowFor(found, action);
    return found;
  }

  /** The table's row for the action in the current status, or 409 naming the status. */
  rowFor(current: T, action: A): Transition<S, A, G> {
    const row = transitionFor(this.def.table, current.status, action);
    if (!row) throw invalidTransition(this.def.kind, current.status, action);
    return row;
  }

  /** Version, table, role, in that order: 409 stale, 409 with the current status, 403. */
  authorize(current: T, action: A, principal: Principal, expectedVersion?: number): Transition<S, A, G> {
    if (expectedVersion !== undefined && current.version !== expectedVersion)
      throw this.stale(current, `changed since version ${expectedVersion}`);
    const row = this.rowFor(current, action);
    const system = isSystemPrincipal(principal);
    const roles: readonly string[] = principal.roles;
    if (!row.by.some((by) => (by === 'system' ? system : roles.includes(by))))
      throw DomainError.forbidden(`${action} is for ${row.by.join(', ')}`);
    return row;
  }

  /** Everything `apply` checks before writing, for commands that only need the permission (no write). */
  async check(
    current: T,
    action: A,
    principal: Principal,
    expectedVersion?: number,
  ): Promise<Transition<S, A, G>> {
    const row = this.authorize(current, action, principal, expectedVersion);
    await this.def.admit?.(principal, action, current);
    await this.checkGuards(row, current, { principal, action, now: new Date() });
    return row;
  }

  /**
   * The aggregate visible to the principal (404) with everything `check` decides for `action`
   * (version, table, role, admission, guards): for commands that check before work of their own
   * and then apply to the aggregate read here.
   */
  async loadChecked(principal: Principal, id: string, action: A, expectedVersion?: number): Promise<T> {
    const current = await this.load(principal, id);
    await this.check(current, action, principal, expectedVersion);
    return current;
  }

  /**
   * Applies `action` to the aggregate (its id, or the aggregate already loaded by the caller for
   * this command: never read twice). `decide` runs after the version, table and role checks, and
   * again on each retry, from the aggregate as read then.
   */
  async apply<C extends Change<S>>(
    principal: Principal,
    target: string | T,
    action: A,
    decide: (current: T, now: Date) => C | Promise<C>,
    options: ApplyOptions = {},
  ): Promise<Applied<T, C>> {
    const id = typeof target === 'string' ? target : target._id;
    const attempts = options.expectedVersion === undefined ? (this.def.attempts ?? DEFAULT_ATTEMPTS) : 1;
    let loaded = typeof target === 'string' ? undefined : target;
    for (let attempt = 1; ; attempt += 1) {
      const current = loaded ?? (await this.load(principal, id));
      const now = new Date();
      const row = this.authorize(current, action, principal, options.expectedVersion);
      if (attempt === 1) await this.def.admit?.(principal, action, current);
      const change = await decide(current, now);
      checkReserved(change);
      await this.checkGuards(row, current, { principal, action, now });
      const to = targetOf(row, current.status, change.to);
      const after = await this.def.store.applyAtVersion(
        current,
        this.updateOf(current, action, to, change, principal, now),
      );
      if (after) return { before: current, after, change };
      if (attempt >= attempts) throw this.stale(current, 'was changed meanwhile');
      loaded = undefined;
    }
  }

  /**
   * Stores a new aggregate at version 0 with its first trail entry and its events, through the same
   * store, trail shape and event identity as every later change.
   */
  async create(
    principal: Principal,
    aggregate: Omit<T, 'version' | 'trail' | 'outbox'>,
    first: { action?: string; what: string; after?: unknown; events?: CloudEvent[]; at?: Date },
  ): Promise<T> {
    const at = first.at ?? new Date();
    const step: TrailStep<S> = {
      at,
      by: principal.userId,
      action: first.action ?? 'create',
      to: aggregate.status,
      what: first.what,
      ...(first.after === undefined ? {} : { after: first.after }),
    };
    const created = {
      ...aggregate,
      version: 0,
      trail: [this.def.trailEntry ? this.def.trailEntry(step) : step],
      outbox: identify(aggregate._id, 0, first.events ?? []),
    } as unknown as T;
    await this.def.store.insert(created);
    return created;
  }

  private async checkGuards(
    row: Transition<S, A, G>,
    current: T,
    context: { principal: Principal; action: A; now: Date },
  ): Promise<void> {
    if (!row.guards?.length) return;
    if (!this.def.guards) throw new DomainError('internal', `${this.def.kind} guards are not registered`);
    const failing = await this.def.guards.firstFailing(row.guards, current, context);
    if (failing === undefined) return;
    throw (
      this.def.guardRefusal?.(failing, context.action, current) ??
      new DomainError(
        'invalid_transition',
        `${context.action} is not allowed while the ${this.def.kind} is ${current.status}: ${failing} does not hold`,
        { currentStatus: current.status, action: context.action, guard: failing },
      )
    );
  }

  private updateOf(
    current: T,
    action: A,
    to: S,
    change: Change<S>,
    principal: Principal,
    now: Date,
  ): UpdateQuery<T> {
    const step: TrailStep<S> = {
      at: now,
      by: principal.userId,
      action,
      from: current.status,
      to,
      what: change.what,
      ...(change.before === undefined ? {} : { before: change.before }),
      ...(change.after === undefined ? {} : { after: change.after }),
    };
    const events = [
      ...(to !== current.status ? (this.def.transitionEvents?.(current, to, { principal, now }) ?? []) : []),
      ...(change.events?.(to) ?? []),
    ];
    const outbox = identify(current._id, current.version + 1, events);
    const update: Record<string, unknown> = {
      $set: { ...change.$set, ...this.def.statusFields?.(to, current, now), status: to },
      $inc: { ...change.$inc, version: 1 },
      $push: {
        ...change.$push,
        trail: this.def.trailEntry ? this.def.trailEntry(step) : step,
        ...(outbox.length ? { outbox: { $each: outbox } } : {}),
      },
    };
    if (change.$addToSet && Object.keys(change.$addToSet).length) update['$addToSet'] = change.$addToSet;
    return update as UpdateQuery<T>;
  }

  private stale(current: T, what: string): DomainError {
    const label = this.def.label?.(current) ?? `${this.def.kind} ${current._id}`;
    return new DomainError('stale_version', `${label} ${what}: reload it and retry`, {
      currentStatus: current.status,
      currentVersion: current.version,
    });
  }
}

/**
 * Event ids name the aggregate version they come from: the same change decided twice from one
 * version (a retry after a lost answer) publishes the same ids, and JetStream's de-duplication
 * keeps one.
 */
function identify(id: string, version: number, events: CloudEvent[]): CloudEvent[] {
  return events.map((event, i) => ({ ...event, id: `${id}.v${version}.${i}` }));
}

function checkReserved(change: Pick<Change<string>, '$set' | '$inc' | '$push' | '$addToSet'>): void {
  for (const part of [change.$set, change.$inc, change.$push, change.$addToSet]) {
    for (const key of Object.keys(part ?? {})) {
      if (RESERVED.has(key.split('.')[0] ?? key))
        throw new DomainError('internal', `a command's change may not write ${key}: the write path owns it`);
    }
  }
}
