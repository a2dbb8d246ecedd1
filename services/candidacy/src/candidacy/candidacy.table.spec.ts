import {
  CANDIDACY_STATUSES,
  SYSTEM_PRINCIPAL,
  UNTRANSFERABLE_STATUSES,
  type CandidacyStatus,
  type Principal,
  type Role,
  TRAINING_STAFF,
  CANDIDACY_ACTIONS,
  CANDIDACY_TABLE,
  type CandidacyAction,
  type CandidacyGuard,
} from '@certhub/contracts';
import {
  GuardRegistry,
  VersionedAggregate,
  targetOf,
  transitionFor,
  type AggregateStore,
} from '@certhub/platform';
import type { UpdateQuery } from 'mongoose';

interface Row {
  _id: string;
  status: CandidacyStatus;
  version: number;
  trail: { action: string; from?: string; to: string }[];
  outbox: unknown[];
}

/** What each (status, action) pair must do: the target, or refused (409). One line per status. */
const EXPECTED: Record<
  CandidacyStatus,
  Partial<Record<CandidacyAction, CandidacyStatus | 'same' | 'decided'>>
> = {
  awaiting_preliminary_evaluation: {
    edit: 'same',
    set_active: 'same',
    delete: 'same',
    open_evaluation: 'same',
    save_evaluation: 'same',
    record_preliminary_evaluation: 'decided',
    abandon: 'abandoned',
    transfer: 'same',
  },
  awaiting_final_evaluation: {
    edit: 'same',
    set_active: 'same',
    open_evaluation: 'same',
    save_evaluation: 'same',
    record_final_evaluation: 'decided',
    reopen_evaluation: 'decided',
    record_training: 'same',
    edit_training: 'same',
    abandon: 'abandoned',
    transfer: 'same',
  },
  to_send: {
    edit: 'same',
    set_active: 'same',
    send_to_certification: 'awaiting_certification',
    reopen_evaluation: 'decided',
    abandon: 'abandoned',
    transfer: 'same',
  },
  awaiting_certification: { cancel_sending: 'to_send', assign_jury: 'awaiting_jury', post_message: 'same' },
  awaiting_jury: {
    cancel_sending: 'to_send',
    post_message: 'same',
    request_complement: 'complement_requested',
    certify: 'certified',
    refuse_certification: 'not_certified',
  },
  complement_requested: {
    edit: 'same',
    set_active: 'same',
    complete: 'completed',
    post_message: 'same',
    record_training: 'same',
    edit_training: 'same',
    abandon: 'abandoned',
    transfer: 'same',
  },
  completed: {
    edit: 'same',
    set_active: 'same',
    resend: 'awaiting_certification',
    post_message: 'same',
    abandon: 'abandoned',
    transfer: 'same',
  },
  certified: { record_dispatch: 'same', post_message: 'same' },
  not_certified: { transfer: 'same', post_message: 'same' },
  abandoned: { set_active: 'same', reinstate: 'decided', transfer: 'same' },
};

class MemoryStore implements AggregateStore<Row> {
  readonly docs = new Map<string, Row>();
  findVisible(_p: Principal, id: string): Promise<Row | null> {
    const doc = this.docs.get(id);
    return Promise.resolve(doc ? structuredClone(doc) : null);
  }
  applyAtVersion(current: Row, update: UpdateQuery<Row>): Promise<Row | null> {
    const doc = this.docs.get(current._id);
    if (!doc || doc.version !== current.version) return Promise.resolve(null);
    const u = update as { $set: Partial<Row>; $push: { trail: Row['trail'][number] } };
    Object.assign(doc, u.$set);
    doc.version += 1;
    doc.trail.push(u.$push.trail);
    return Promise.resolve(structuredClone(doc));
  }
  insert(row: Row): Promise<void> {
    this.docs.set(row._id, structuredClone(row));
    return Promise.resolve();
  }
}

const actor = (by: Role | 'system'): Principal =>
  by === 'system'
    ? SYSTEM_PRINCIPAL
    : {
        userId: `u-${by}`,
        tenantType:
          by.startsWith('network') || by.includes('_org_') || by.startsWith('establishment')
            ? 'network'
            : 'cb',
        tenantId: 't',
        roles: [by],
      };

describe('CANDIDACY_TABLE', () => {
  const store = new MemoryStore();
  const sut = new VersionedAggregate<Row, CandidacyStatus, CandidacyAction, CandidacyGuard>({
    kind: 'candidacy',
    table: CANDIDACY_TABLE,
    store,
    // Guards are the data's business, tested where they are answered; here every one holds.
    guards: new GuardRegistry<Row, CandidacyGuard, CandidacyAction>({
      nothing_recorded: () => true,
      habilitation_valid: () => true,
      identity_complete: () => true,
      trained_since_evaluation: () => true,
    }),
  });
  let n = 0;
  const seed = async (status: CandidacyStatus) => {
    const id = `c${(n += 1)}`;
    await store.insert({ _id: id, status, version: 0, trail: [], outbox: [] });
    return id;
  };

  it('lists the statuses in the order of the guide', () => {
    expect(CANDIDACY_STATUSES).toEqual([
      'awaiting_preliminary_evaluation',
      'awaiting_final_evaluation',
      'to_send',
      'awaiting_certification',
      'awaiting_jury',
      'complement_requested',
      'completed',
      'certified',
      'not_certified',
      'abandoned',
    ]);
  });

  it('has exactly the expected rows, at most one per (status, action) pair', () => {
    for (const status of CANDIDACY_STATUSES)
      for (const action of CANDIDACY_ACTIONS) {
        const row = transitionFor(CANDIDACY_TABLE, status, action);
        expect([status, action, row?.to]).toEqual([status, action, EXPECTED[status][action]]);
      }
    const pairs = CANDIDACY_TABLE.flatMap((row) => row.from.map((from) => `${from} × ${row.action}`));
    expect(pairs.filter((pair, i) => pairs.indexOf(pair) !== i)).toEqual([]);
  });

  it.each(
    CANDIDACY_STATUSES.flatMap((status) => CANDIDACY_ACTIONS.map((action) => [status, action] as const)),
  )(
    '%s × %s: applies with its trail where the table allows, 409 with the status elsewhere',
    async (status, action) => {
      const id = await seed(status);
      const row = transitionFor(CANDIDACY_TABLE, status, action);
      const by = row?.by[0] ?? 'network_admin';
      const decided: CandidacyStatus = status === 'abandoned' ? 'to_send' : 'awaiting_final_evaluation';
      const attempt = sut.apply(actor(by), id, action, () => ({
        to: decided,
        what: `${action} in ${status}`,
      }));
      if (!row) {
        await expect(attempt).rejects.toMatchObject({
          code: 'invalid_transition',
          details: { currentStatus: status, action },
        });
        expect(store.docs.get(id)?.version).toBe(0);
        return;
      }
      const { after } = await attempt;
      const to = targetOf(row, status, decided);
      expect(after).toMatchObject({ status: to, version: 1 });
      expect(after.trail.at(-1)).toMatchObject({ action, from: status, to });
    },
  );

  it('refuses every role the row does not name', async () => {
    const everyone: (Role | 'system')[] = [
      ...TRAINING_STAFF,
      'cb_admin',
      'certifier_staff',
      'jury_member',
      'org_admin',
      'system',
    ];
    for (const row of CANDIDACY_TABLE)
      for (const by of everyone.filter((r) => !row.by.includes(r))) {
        const id = await seed(row.from[0] as CandidacyStatus);
        await expect(sut.apply(actor(by), id, row.action, () => ({ what: 'x' }))).rejects.toMatchObject({
          code: 'forbidden',
        });
      }
  });

  it('keeps the jury’s decisions to the jury, leaves certified final, never moves a dossier with the jury', () => {
    for (const action of ['certify', 'refuse_certification', 'request_complement'] as const)
      expect(
        CANDIDACY_TABLE.filter((r) => r.action === action).every((r) => r.by.join() === 'jury_member'),
      ).toBe(true);
    // Certified is final: only its postings and the exchanges about it are recorded on it, the status stays.
    expect(
      CANDIDACY_ACTIONS.filter((a) => transitionFor(CANDIDACY_TABLE, 'certified', a)?.to !== undefined).map(
        (a) => [a, transitionFor(CANDIDACY_TABLE, 'certified', a)?.to],
      ),
    ).toEqual([
      ['record_dispatch', 'same'],
      ['post_message', 'same'],
    ]);
    for (const status of UNTRANSFERABLE_STATUSES)
      expect(transitionFor(CANDIDACY_TABLE, status, 'transfer')).toBeUndefined();
  });
});
