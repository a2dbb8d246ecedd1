import { EVENTS_STREAM, type CloudEvent, type Principal, type RpcRequest } from '@certhub/contracts';
import { StackHarness, TestStack, waitFor } from '@certhub/testing';
import { asSet, withoutAsOf, type Figures } from './expected';

export const PLATFORM_ADMIN: Principal = {
  userId: 'u-platform',
  tenantType: 'platform',
  tenantId: 'platform',
  roles: ['platform_admin'],
};

type PagedSubject =
  | 'analytics.dossiers-by-status'
  | 'analytics.lead-times'
  | 'analytics.findings-by-requirement'
  | 'analytics.overdue-findings';

/**
 * The test's side of the bus: publishes events as the dossier service would (as the
 * platform's EventPublisher does, event id as Nats-Msg-Id), watches the analytics durable consumer, and
 * reads every figure over NATS request/reply as a given principal.
 */
export class Harness extends StackHarness {
  /** A private stack running the analytics service, and the harness on it; `stop` stops both. */
  static async start(): Promise<Harness> {
    return new Harness(await StackHarness.open(['analytics']));
  }

  /** Publishes `events` onto a stack of the test's own and waits until analytics has applied them all. */
  static async seed(stack: TestStack, events: CloudEvent[], timeoutMs: number): Promise<void> {
    const harness = new Harness(await StackHarness.connect(stack));
    try {
      await harness.publish(events);
      await harness.drained(timeoutMs);
    } finally {
      await harness.disconnect();
    }
  }

  /** The analytics durable consumer of this stack. */
  get durable(): string {
    return `${this.stack.prefix}-analytics-read-models`;
  }

  /**
   * Publishes in order. Events go out in concurrent batches, a batch never holding two events of
   * one dossier, so each dossier's events keep their order in the stream.
   */
  async publish(events: CloudEvent[]): Promise<void> {
    let batch: CloudEvent[] = [];
    const flush = async () => {
      await Promise.all(batch.map((event) => this.bus.publish(event)));
      batch = [];
    };
    for (const event of events) {
      if (batch.some((e) => e.partitionkey === event.partitionkey) || batch.length === 50) await flush();
      batch.push(event);
    }
    await flush();
  }

  /** Until the durable has acknowledged the whole stream (redeliveries included). */
  async drained(timeoutMs: number): Promise<void> {
    const jsm = this.bus.jsm;
    await waitFor(
      `${this.durable} to acknowledge every event`,
      async () => {
        const [stream, consumer] = await Promise.all([
          jsm.streams.info(EVENTS_STREAM),
          jsm.consumers.info(EVENTS_STREAM, this.durable),
        ]);
        return (
          consumer.num_pending === 0 &&
          consumer.num_ack_pending === 0 &&
          consumer.ack_floor.stream_seq === stream.state.last_seq
        );
      },
      { timeoutMs, intervalMs: 250 },
    );
  }

  /** Every figure the principal may see, all pages of every report, in the shape of expectedFigures. */
  async figures(principal: Principal, filters: RpcRequest<'analytics.dashboard'> = {}): Promise<Figures> {
    const dashboard = withoutAsOf(await this.call('analytics.dashboard', filters, principal));
    const [dossiersByStatus, leadTimes, findingsByRequirement, overdue] = await Promise.all([
      this.all('analytics.dossiers-by-status', filters, principal),
      this.all('analytics.lead-times', filters, principal),
      this.all('analytics.findings-by-requirement', filters, principal),
      this.all('analytics.overdue-findings', filters, principal),
    ]);
    return {
      dashboard,
      dossiersByStatus: asSet(dossiersByStatus),
      leadTimes: asSet(leadTimes),
      findingsByRequirement: asSet(findingsByRequirement),
      overdueFindings: overdue.map((row) => row['findingId'] as string).sort(),
    };
  }

  private async all(
    subject: PagedSubject,
    filters: RpcRequest<'analytics.dashboard'>,
    principal: Principal,
  ): Promise<Record<string, unknown>[]> {
    const rows: Record<string, unknown>[] = [];
    for (let page = 1; ; page++) {
      const answer = await this.call(subject, { ...filters, page, pageSize: 100 }, principal);
      rows.push(...answer.items);
      if (rows.length >= answer.total || answer.items.length === 0) return rows;
    }
  }
}

/** `certhub_events_consumed_total` of one replica for the analytics durable and an outcome. */
export async function consumed(serviceUrl: string, durable: string, outcome: string): Promise<number> {
  const text = await (await fetch(`${serviceUrl}/metrics`)).text();
  const line = text
    .split('\n')
    .find(
      (l) =>
        l.startsWith('certhub_events_consumed_total{') &&
        l.includes(`consumer="${durable}"`) &&
        l.includes(`outcome="${outcome}"`),
    );
  return line ? Number(line.split(' ').pop()) : 0;
}

/** Events per type, as a platform user's event counts should show them. */
export function eventCounts(events: CloudEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of events) counts[event.type] = (counts[event.type] ?? 0) + 1;
  return counts;
}
