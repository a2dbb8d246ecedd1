import { startService, uniqueId, waitFor, type ServiceProcess } from '@certhub/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { expectedFigures } from './support/expected';
import { Harness, PLATFORM_ADMIN, consumed, eventCounts } from './support/harness';
import { scenario } from './support/journeys';

const EVENTS = 5_000;
const CHUNK = 100;

/**
 * kill -9 lands anywhere: between a projection write and its processed marker, mid-way through
 * one event's writes, with a message delivered but not acknowledged. Whatever it hits, after a
 * restart every figure must be exact.
 */
describe('analytics killed with SIGKILL while 5,000 events flow', () => {
  let restarted: ServiceProcess | undefined;
  let harness: Harness;

  beforeAll(async () => {
    harness = await Harness.start();
  }, 120_000);

  afterAll(async () => {
    await restarted?.stop();
    await harness?.stop();
  });

  it('loses nothing and counts nothing twice after a restart', async () => {
    const cast = {
      cbs: [uniqueId('cb'), uniqueId('cb'), uniqueId('cb')],
      organisations: [uniqueId('org'), uniqueId('org'), uniqueId('org'), uniqueId('org')],
      schemes: ['amarc', 'label', 'clea'],
    };
    const events = scenario(EVENTS, cast, uniqueId('k'));
    const started = Date.now();
    let published = 0;
    // Paced like real traffic, so that the crash falls while events are still being published.
    const publishing = (async () => {
      for (let from = 0; from < events.length; from += CHUNK) {
        await harness.publish(events.slice(from, from + CHUNK));
        published = Math.min(from + CHUNK, events.length);
        await sleep(1_000);
      }
    })();

    const victim = harness.stack.service('analytics');
    const appliedBeforeKill = await waitFor(
      'the first replica to apply a couple of hundred events',
      async () => {
        const applied = await consumed(victim.url, harness.durable, 'applied');
        return applied >= 200 ? applied : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 50 },
    );
    const exited = new Promise((resolve) => victim.process.once('exit', resolve));
    victim.process.kill('SIGKILL');
    await exited;
    const publishedAtKill = published;
    expect(publishedAtKill).toBeLessThan(EVENTS);

    restarted = await startService('analytics', harness.serviceEnv);
    const restartedAt = Date.now();
    await publishing;
    // The message the victim held is redelivered once its ack wait (30 s) has passed.
    // Generous: the shared test database may be slow when other suites write to it at the same time.
    await harness.drained(1_080_000);
    const drainedAt = Date.now();

    expect(await harness.figures(PLATFORM_ADMIN)).toEqual(expectedFigures(events));
    const counts = (await harness.call('analytics.event-counts', {}, PLATFORM_ADMIN)).counts;
    expect(counts).toEqual(eventCounts(events));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(EVENTS);

    const [applied, duplicates] = await Promise.all([
      consumed(restarted.url, harness.durable, 'applied'),
      consumed(restarted.url, harness.durable, 'duplicate'),
    ]);
    console.log(
      `kill -9 after ≥${appliedBeforeKill} applied and ${publishedAtKill}/${EVENTS} published; ` +
        `restarted replica applied ${applied}, skipped ${duplicates} duplicates; ` +
        `drained ${Math.round((drainedAt - restartedAt) / 1000)} s after the restart, ` +
        `${Math.round((drainedAt - started) / 1000)} s in all`,
    );
  }, 1_500_000);
});
