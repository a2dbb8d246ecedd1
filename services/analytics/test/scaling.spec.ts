import { startService, uniqueId, type ServiceProcess } from '@certhub/testing';
import { expectedFigures } from './support/expected';
import { Harness, PLATFORM_ADMIN, consumed, eventCounts } from './support/harness';
import { scenario } from './support/journeys';

const EVENTS = 1_000;

describe('two analytics replicas sharing one durable consumer', () => {
  let second: ServiceProcess | undefined;
  let harness: Harness;

  beforeAll(async () => {
    harness = await Harness.start();
    // Same NATS and database prefix: the same durable consumer and the same queue group.
    second = await startService('analytics', harness.serviceEnv);
  }, 120_000);

  afterAll(async () => {
    await second?.stop();
    await harness?.stop();
  });

  it('splits the events between them and applies each exactly once', async () => {
    const cast = {
      cbs: [uniqueId('cb'), uniqueId('cb')],
      organisations: [uniqueId('org'), uniqueId('org'), uniqueId('org')],
      schemes: ['amarc', 'label'],
    };
    const events = scenario(EVENTS, cast, uniqueId('s'));
    await harness.publish(events);
    await harness.drained(180_000);

    const replicas = [harness.stack.service('analytics'), second as ServiceProcess];
    const applied = await Promise.all(replicas.map((r) => consumed(r.url, harness.durable, 'applied')));
    expect(applied.every((n) => n > 0)).toBe(true);
    expect(applied[0] + applied[1]).toBe(EVENTS);
    expect(await harness.figures(PLATFORM_ADMIN)).toEqual(expectedFigures(events));
    expect((await harness.call('analytics.event-counts', {}, PLATFORM_ADMIN)).counts).toEqual(
      eventCounts(events),
    );
  }, 240_000);
});
