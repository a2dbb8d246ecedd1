import { SYSTEM_PRINCIPAL, newCloudEvent, type Principal } from '@certhub/contracts';
import type { UpdateQuery } from 'mongoose';
import { GuardRegistry } from './guards';
import type { LifecycleTable } from './lifecycle-table';
import { VersionedAggregate, type AggregateStore } from './versioned-aggregate';

type Status = 'open' | 'closed';
type Action = 'edit' | 'close' | 'review';
type Guard = 'has_title';

interface Ticket {
  _id: string;
  status: Status;
  version: number;
  title?: string;
  trail: unknown[];
  outbox: { id: string; type: string }[];
}

const TABLE: LifecycleTable<Status, Action, Guard> = [
  { action: 'edit', from: ['open'], to: 'same', by: ['analyst'] },
  { action: 'close', from: ['open'], to: 'closed', by: ['analyst', 'system'], guards: ['has_title'] },
  { action: 'review', from: ['open'], to: 'decided', by: ['analyst'] },
];

/**
 * An in-memory store with MongoDB's semantics for what the write path uses: a conditional update
 * applies only at the version read, and `interfere` lets a test write in between like another replica.
 */
class MemoryStore implements AggregateStore<Ticket> {
  readonly docs = new Map<string, Ticket>();
  reads = 0;
  interfere = 0;

  findVisible(principal: Principal, id: string): Promise<Ticket | null> {
    this.reads += 1;
    const doc = this.docs.get(id);
    return Promise.resolve(doc && principal.tenantId !== 'other' ? structuredClone(doc) : null);
  }

  applyAtVersion(current: Ticket, update: UpdateQuery<Ticket>): Promise<Ticket | null> {
    const doc = this.docs.get(current._id);
    if (this.interfere > 0) {
      this.interfere -= 1;
      if (doc) doc.version += 1;
    }
    if (!doc || doc.version !== current.version) return Promise.resolve(null);
    const u = update as {
      $set: Partial<Ticket>;
      $inc: { version: number };
      $push: { trail: unknown; outbox?: { $each: Ticket['outbox'] } };
    };
    Object.assign(doc, u.$set);
    doc.version += u.$inc.version;
    doc.trail.push(u.$push.trail);
    doc.outbox.push(...(u.$push.outbox?.$each ?? []));
    return Promise.resolve(structuredClone(doc));
  }

  insert(ticket: Ticket): Promise<void> {
    this.docs.set(ticket._id, structuredClone(ticket));
    return Promise.resolve();
  }
}

const analyst: Principal = { userId: 'u-1', tenantType: 'cb', tenantId: 'cb-1', roles: ['analyst'] };
const event = (type: 'certhub.dossier.created.v1') =>
  newCloudEvent(
    type,
    { dossierId: 'd', organisationId: 'o', schemeId: 's', reference: 'r' },
    { source: 'test' },
  );

function setUp() {
  const store = new MemoryStore();
  const sut = new VersionedAggregate<Ticket, Status, Action, Guard>({
    kind: 'ticket',
    table: TABLE,
    store,
    guards: new GuardRegistry<Ticket, Guard, Action>({ has_title: (t) => Boolean(t.title) }),
  });
  return { store, sut };
}

describe(VersionedAggregate.name, () => {
  it('creates at version 0 with its trail entry and events named after that version', async () => {
    const { store, sut } = setUp();
    await sut.create(
      analyst,
      { _id: 't1', status: 'open' },
      { what: 'opened', events: [event('certhub.dossier.created.v1')] },
    );
    expect(store.docs.get('t1')).toMatchObject({
      version: 0,
      trail: [{ by: 'u-1', action: 'create', to: 'open', what: 'opened' }],
      outbox: [{ id: 't1.v0.0' }],
    });
  });

  it('reads once per command, writes status, trail and events at the loaded version', async () => {
    const { store, sut } = setUp();
    await sut.create(analyst, { _id: 't1', status: 'open', title: 'x' }, { what: 'opened' });
    const { after } = await sut.apply(analyst, 't1', 'close', () => ({
      what: 'closed',
      events: () => [event('certhub.dossier.created.v1')],
    }));
    expect(store.reads).toBe(1);
    expect(after).toMatchObject({ status: 'closed', version: 1 });
    expect(after.trail.at(-1)).toMatchObject({ action: 'close', from: 'open', to: 'closed', what: 'closed' });
    expect(after.outbox.map((e) => e.id)).toEqual(['t1.v1.0']);
  });

  it('reads again and decides again after a concurrent write, then answers 409 when retries run out', async () => {
    const { store, sut } = setUp();
    await sut.create(analyst, { _id: 't1', status: 'open' }, { what: 'opened' });
    store.interfere = 2;
    let decided = 0;
    await sut.apply(analyst, 't1', 'edit', () => ({ what: `edit ${++decided}` }));
    expect({ reads: store.reads, decided }).toEqual({ reads: 3, decided: 3 });

    store.reads = 0;
    store.interfere = 10;
    await expect(sut.apply(analyst, 't1', 'edit', () => ({ what: 'edit' }))).rejects.toMatchObject({
      code: 'stale_version',
    });
    expect(store.reads).toBe(4);
  });

  it('never retries a command that named the version its caller saw', async () => {
    const { store, sut } = setUp();
    await sut.create(analyst, { _id: 't1', status: 'open' }, { what: 'opened' });
    await expect(
      sut.apply(analyst, 't1', 'edit', () => ({ what: 'x' }), { expectedVersion: 3 }),
    ).rejects.toMatchObject({ code: 'stale_version', details: { currentStatus: 'open', currentVersion: 0 } });
    store.interfere = 1;
    await expect(
      sut.apply(analyst, 't1', 'edit', () => ({ what: 'x' }), { expectedVersion: 0 }),
    ).rejects.toMatchObject({ code: 'stale_version' });
    expect(store.reads).toBe(2);
  });

  it('answers 404 out of scope, 409 off the table, 403 for another role, 409 naming a failing guard', async () => {
    const { sut } = setUp();
    await sut.create(analyst, { _id: 't1', status: 'open' }, { what: 'opened' });
    const decide = jest.fn(() => ({ what: 'x' }));
    await expect(sut.apply({ ...analyst, tenantId: 'other' }, 't1', 'edit', decide)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(sut.apply({ ...analyst, roles: ['auditor'] }, 't1', 'edit', decide)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(sut.apply(analyst, 't1', 'close', decide)).rejects.toMatchObject({
      code: 'invalid_transition',
      details: { currentStatus: 'open', action: 'close', guard: 'has_title' },
    });
    await sut.apply(analyst, 't1', 'edit', () => ({ $set: { title: 't' }, what: 'titled' }));
    await sut.apply(SYSTEM_PRINCIPAL, 't1', 'close', () => ({ what: 'closed by the platform' }));
    await expect(sut.apply(analyst, 't1', 'edit', decide)).rejects.toMatchObject({
      code: 'invalid_transition',
      details: { currentStatus: 'closed', action: 'edit' },
    });
    // Only the guard failure ran the command's decision: scope, table and role come before any work.
    expect(decide).toHaveBeenCalledTimes(1);
  });

  it('loads checked for a command that works before applying: 404, 409 stale, 403, 409 guard, then the aggregate read once', async () => {
    const { store, sut } = setUp();
    await sut.create(analyst, { _id: 't1', status: 'open' }, { what: 'opened' });
    await expect(sut.loadChecked({ ...analyst, tenantId: 'other' }, 't1', 'edit')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(sut.loadChecked(analyst, 't1', 'edit', 3)).rejects.toMatchObject({ code: 'stale_version' });
    await expect(sut.loadChecked({ ...analyst, roles: ['auditor'] }, 't1', 'edit')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(sut.loadChecked(analyst, 't1', 'close')).rejects.toMatchObject({
      code: 'invalid_transition',
      details: { guard: 'has_title' },
    });
    store.reads = 0;
    const loaded = await sut.loadChecked(analyst, 't1', 'edit', 0);
    expect(loaded).toMatchObject({ _id: 't1', version: 0 });
    expect(store.reads).toBe(1);
    // The command then applies to the aggregate it read: no second read.
    await sut.apply(analyst, loaded, 'edit', () => ({ $set: { title: 't' }, what: 'titled' }));
    expect(store.reads).toBe(1);
  });

  it('lets a decided row take the target its command names, and keeps the write path’s fields its own', async () => {
    const { sut } = setUp();
    await sut.create(analyst, { _id: 't1', status: 'open' }, { what: 'opened' });
    const { after } = await sut.apply(analyst, 't1', 'review', () => ({
      to: 'closed' as const,
      what: 'reviewed',
    }));
    expect(after.status).toBe('closed');
    await sut.create(analyst, { _id: 't2', status: 'open' }, { what: 'opened' });
    await expect(
      sut.apply(analyst, 't2', 'edit', () => ({ $set: { status: 'closed' }, what: 'sneaky' })),
    ).rejects.toMatchObject({ code: 'internal' });
  });
});

describe(GuardRegistry.name, () => {
  const context = { principal: analyst, action: 'close', now: new Date() };

  it('fails loudly, naming it, on a guard nobody registered', async () => {
    const sut = new GuardRegistry<object, 'a' | 'b'>({ a: () => true });
    await expect(sut.firstFailing(['a', 'b'], {}, context)).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('b'),
    });
  });

  it('returns the first guard that does not hold', async () => {
    const sut = new GuardRegistry<object, 'a' | 'b' | 'c'>({
      a: () => true,
      b: async () => false,
      c: () => false,
    });
    expect(await sut.firstFailing(['a', 'b', 'c'], {}, context)).toBe('b');
    expect(await sut.firstFailing(['a'], {}, context)).toBeUndefined();
  });

  it('refuses a second registration of one guard', () => {
    const sut = new GuardRegistry<object, 'a'>({ a: () => true });
    expect(() => sut.register('a', () => false)).toThrow(/twice/);
  });
});
