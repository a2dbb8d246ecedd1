import {
  EventCatalog,
  newCloudEvent,
  type CandidacyStatus,
  type CloudEvent,
  type EventPayload,
  type EventType,
} from '@certhub/contracts';
import { TestStack, passwordToken, uniqueId, type ServiceProcess } from '@certhub/testing';
import { Workbook } from 'exceljs';
import { Harness } from './support/harness';

const DAY_MS = 86_400_000;
type Place = {
  establishmentId: string;
  trainingOrganisationId: string;
  networkId: string;
  certifierId: string;
};

/** The realm's demo network: establishment.a@ is est-demo-a's admin, network.admin@ the network's. */
const EST_A: Place = {
  establishmentId: 'est-demo-a',
  trainingOrganisationId: 'of-demo',
  networkId: 'net-demo',
  certifierId: 'cb-demo',
};
const EST_B: Place = { ...EST_A, establishmentId: 'est-demo-b' };

interface Candidacy {
  id: string;
  place: Place;
  /** Statuses after registration, in order, with how many days ago each was reached. */
  path: [CandidacyStatus, number][];
  deleted?: boolean;
  /** Moved to this place by an accepted transfer, after its path. */
  transferredTo?: Place;
}

/** Every path of the candidacy table once or more, over three establishments of two networks. */
function candidacies(otherPlace: Place, prefix: string): Candidacy[] {
  const paths: [CandidacyStatus, number][][] = [
    [],
    [['awaiting_final_evaluation', 40]],
    [
      ['awaiting_final_evaluation', 50],
      ['to_send', 20],
      ['awaiting_certification', 10],
    ],
    [
      ['awaiting_final_evaluation', 90],
      ['to_send', 60],
      ['awaiting_certification', 50],
      ['awaiting_jury', 5],
    ],
    [
      ['awaiting_final_evaluation', 300],
      ['to_send', 200],
      ['awaiting_certification', 150],
      ['awaiting_jury', 100],
      ['certified', 3],
    ],
    [
      ['awaiting_final_evaluation', 300],
      ['to_send', 200],
      ['awaiting_certification', 150],
      ['awaiting_jury', 100],
      ['not_certified', 30],
    ],
    [['abandoned', 10]],
    [
      ['awaiting_final_evaluation', 400],
      ['abandoned', 45],
    ],
  ];
  const places = [EST_A, EST_B, otherPlace];
  const list: Candidacy[] = [];
  for (let i = 0; i < 24; i++)
    list.push({
      id: `${prefix}-c${i}`,
      place: places[i % 3] as Place,
      path: paths[i % paths.length] as [CandidacyStatus, number][],
    });
  list.push({ id: `${prefix}-deleted`, place: EST_A, path: [], deleted: true });
  list.push({
    id: `${prefix}-moved`,
    place: otherPlace,
    path: [['awaiting_final_evaluation', 20]],
    transferredTo: EST_A,
  });
  return list;
}

function events(list: Candidacy[], now: number): CloudEvent[] {
  const out: CloudEvent[] = [];
  for (const c of list) {
    const ref = { candidateId: c.id, reference: `CL-${c.id}`, ...c.place };
    const event = <K extends EventType>(type: K, data: EventPayload<K>, daysAgo: number) => {
      EventCatalog[type].schema.parse(data);
      return newCloudEvent(type, data, {
        source: 'certhub/candidacy',
        partitionKey: c.id,
        time: new Date(now - daysAgo * DAY_MS),
      });
    };
    out.push(event('certhub.candidacy.created.v1', { ...ref, createdBy: 'u-est' }, 500));
    let from: CandidacyStatus = 'awaiting_preliminary_evaluation';
    for (const [to, daysAgo] of c.path) {
      out.push(
        event(
          'certhub.candidacy.status_changed.v1',
          {
            ...ref,
            from,
            to,
            action: 'status_change',
            changedBy: 'u-est',
            ...(to === 'abandoned' ? { reason: 'moved away' } : {}),
          },
          daysAgo,
        ),
      );
      from = to;
    }
    if (c.deleted)
      out.push(event('certhub.candidacy.updated.v1', { ...ref, change: 'deleted', changedBy: 'u-est' }, 1));
    if (c.transferredTo)
      out.push(
        event(
          'certhub.transfer.decided.v1',
          {
            transferId: `${c.id}-t`,
            candidateId: c.id,
            reference: ref.reference,
            establishmentId: c.transferredTo.establishmentId,
            networkId: c.transferredTo.networkId,
            trainingOrganisationId: c.transferredTo.trainingOrganisationId,
            toCertifierId: c.transferredTo.certifierId,
            fromEstablishmentId: c.place.establishmentId,
            fromNetworkId: c.place.networkId,
            certifierId: c.place.certifierId,
            decision: 'accepted',
            decidedBy: 'u-certifier',
          },
          1,
        ),
      );
  }
  return out;
}

/** What the figures must be for the candidacies a perimeter holds, computed from the scenario alone. */
function expected(list: Candidacy[], within: (p: Place) => boolean, now: number) {
  const live = list
    .filter((c) => !c.deleted)
    .map((c) => ({
      ...c,
      where: c.transferredTo ?? c.place,
      status: c.path.at(-1)?.[0] ?? 'awaiting_preliminary_evaluation',
      since: c.path.at(-1)?.[1],
    }))
    .filter((c) => within(c.where));
  const count = (...statuses: CandidacyStatus[]) => live.filter((c) => statuses.includes(c.status)).length;
  return {
    dashboard: {
      awaitingPreliminaryEvaluation: count('awaiting_preliminary_evaluation'),
      awaitingFinalEvaluation: count('awaiting_final_evaluation'),
      awaitingJury: count('awaiting_certification', 'awaiting_jury'),
      latestCertified: live
        .filter((c) => c.status === 'certified')
        .map((c) => c.id)
        .sort(),
    },
    stats: {
      candidacies: live.length,
      certified: count('certified'),
      notCertified: count('not_certified'),
      abandoned: count('abandoned'),
      inProgress: live.length - count('certified', 'not_certified', 'abandoned'),
    },
    abandoned30: live
      .filter((c) => c.status === 'abandoned' && (c.since ?? 0) * DAY_MS < 30 * DAY_MS)
      .map((c) => c.id)
      .sort(),
    ids: live.map((c) => c.id).sort(),
    now,
  };
}

/**
 * The individuals' line's figures as its users reach them: candidacy events on the bus, the
 * analytics projection, the gateway with real tokens, each user within his perimeter.
 */
describe('candidacy statistics through the gateway, per perimeter', () => {
  const now = Date.now();
  const other: Place = {
    establishmentId: uniqueId('est'),
    trainingOrganisationId: uniqueId('of'),
    networkId: uniqueId('net'),
    certifierId: uniqueId('cb'),
  };
  const list = candidacies(other, uniqueId('cand'));
  let stack: TestStack;
  let gateway: ServiceProcess;
  let tokens: Record<'establishment' | 'network' | 'certifier' | 'platform' | 'org', string>;

  beforeAll(async () => {
    stack = await TestStack.start(['analytics', 'gateway'], { RATE_LIMIT_PER_MINUTE: '100000' });
    gateway = stack.service('gateway');
    await Harness.seed(stack, events(list, now), 120_000);
    const [establishment, network, certifier, platform, org] = await Promise.all(
      ['establishment.a', 'network.admin', 'certifier', 'platform.admin', 'org.admin'].map((u) =>
        passwordToken(`${u}@certhub.local`),
      ),
    );
    tokens = { establishment, network, certifier, platform, org };
  }, 240_000);

  afterAll(() => stack?.stop());

  const get = (path: string, token: string) =>
    fetch(`${gateway.url}/api/v1/candidacy-stats${path}`, { headers: { authorization: `Bearer ${token}` } });
  const json = async (path: string, token: string) => {
    const res = await get(path, token);
    expect(res.status).toBe(200);
    return (await res.json()) as Record<string, unknown>;
  };
  /** The demo network's candidacies only, the other network's never (the platform sees both). */
  const ours = (within: (p: Place) => boolean) => (p: Place) => p.networkId === 'net-demo' && within(p);

  async function seen(token: string, query = '') {
    const dashboard = await json(`/dashboard${query}`, token);
    const abandoned = await json(`/abandoned${query}${query ? '&' : '?'}pageSize=100`, token);
    return {
      dashboard: {
        awaitingPreliminaryEvaluation: dashboard['awaitingPreliminaryEvaluation'],
        awaitingFinalEvaluation: dashboard['awaitingFinalEvaluation'],
        awaitingJury: dashboard['awaitingJury'],
        latestCertified: (dashboard['latestCertified'] as { candidateId: string }[])
          .map((l) => l.candidateId)
          .sort(),
      },
      abandoned30: (abandoned['items'] as { candidateId: string }[]).map((l) => l.candidateId).sort(),
      latestChanges: dashboard['latestChanges'] as { candidateId: string; at: string }[],
    };
  }

  it("shows an establishment's admin his establishment only, the candidate transferred in included", async () => {
    const want = expected(
      list,
      ours((p) => p.establishmentId === 'est-demo-a'),
      now,
    );
    const got = await seen(tokens.establishment);
    expect(got.dashboard).toEqual(want.dashboard);
    expect(got.abandoned30).toEqual(want.abandoned30);
    expect(got.latestChanges.map((l) => l.candidateId).every((id) => want.ids.includes(id))).toBe(true);
    expect(want.ids).toContain(list.at(-1)?.id);
    // Newest change first.
    const times = got.latestChanges.map((l) => l.at);
    expect(times).toEqual([...times].sort().reverse());
    // The Stats tab is for administrators of organisations and networks: not an establishment's.
    expect((await get('', tokens.establishment)).status).toBe(403);
  });

  it("shows the network's admin the whole network, and narrows it to one establishment on request", async () => {
    const network = expected(
      list,
      ours(() => true),
      now,
    );
    expect(await seen(tokens.network)).toMatchObject({
      dashboard: network.dashboard,
      abandoned30: network.abandoned30,
    });
    expect(await json('', tokens.network)).toMatchObject(network.stats);
    const b = expected(
      list,
      ours((p) => p.establishmentId === 'est-demo-b'),
      now,
    );
    expect(await json('?establishmentId=est-demo-b', tokens.network)).toMatchObject(b.stats);
    // Naming another network's establishment narrows to nothing, never beyond the perimeter.
    expect(await json(`?establishmentId=${other.establishmentId}`, tokens.network)).toMatchObject({
      candidacies: 0,
    });
  });

  it("shows the certifier its candidacies and platform staff every certifier's", async () => {
    expect(await json('', tokens.certifier)).toMatchObject(
      expected(list, (p) => p.certifierId === 'cb-demo', now).stats,
    );
    expect(await json('', tokens.platform)).toMatchObject(expected(list, () => true, now).stats);
  });

  it('refuses tenants outside the individuals’ line', async () => {
    for (const path of ['', '/dashboard', '/abandoned', '/export', '/abandoned/export']) {
      const res = await get(path, tokens.org);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('exports the figures and every candidacy of the perimeter, and the abandoned of 30 days, to Excel', async () => {
    const want = expected(
      list,
      ours(() => true),
      now,
    );
    const res = await get('/export', tokens.network);
    expect(res.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const figures = workbook.getWorksheet('Figures');
    expect(figures?.getRow(3).values).toEqual([undefined, 'Candidacies', want.stats.candidacies]);
    const rows = workbook.getWorksheet('Candidacies');
    const references: string[] = [];
    rows?.eachRow((row, n) => n > 1 && references.push(String(row.getCell(1).value)));
    expect(references.sort()).toEqual(want.ids.map((id) => `CL-${id}`).sort());

    const abandoned = await get('/abandoned/export', tokens.network);
    expect(abandoned.status).toBe(200);
    const sheet = new Workbook();
    await sheet.xlsx.load(Buffer.from(await abandoned.arrayBuffer()) as never);
    const lines: string[] = [];
    sheet.worksheets[0]?.eachRow((row, n) => n > 1 && lines.push(String(row.getCell(1).value)));
    expect(lines.sort()).toEqual(want.abandoned30.map((id) => `CL-${id}`).sort());
  });
});
