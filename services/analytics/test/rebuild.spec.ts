import { uniqueId } from '@certhub/testing';
import { expectedFigures } from './support/expected';
import { Harness, PLATFORM_ADMIN, eventCounts } from './support/harness';
import { scenario } from './support/journeys';
import { runRebuild, wipeReadModels } from './support/rebuild-cli';

describe('rebuilding the analytics read models by replaying the stream', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await Harness.start();
  }, 120_000);

  afterAll(() => harness?.stop());

  it('gives exactly the figures of live consumption, also while the service runs and events keep coming', async () => {
    const cast = {
      cbs: [uniqueId('cb'), uniqueId('cb')],
      organisations: [uniqueId('org'), uniqueId('org')],
      schemes: ['amarc', 'label'],
    };
    const events = scenario(400, cast, uniqueId('r'));
    await harness.publish(events);
    await harness.drained(300_000);
    const live = await harness.figures(PLATFORM_ADMIN);
    expect(live).toEqual(expectedFigures(events));

    await wipeReadModels(harness.stack.prefix);
    expect((await harness.figures(PLATFORM_ADMIN)).dossiersByStatus).toEqual([]);
    const env = harness.serviceEnv;
    const replay = await runRebuild(env);
    expect(replay).toEqual({ code: 0, output: expect.stringContaining('rebuilt from 400 events') });
    expect(await harness.figures(PLATFORM_ADMIN)).toEqual(live);
    expect((await harness.call('analytics.event-counts', {}, PLATFORM_ADMIN)).counts).toEqual(
      eventCounts(events),
    );

    // A second replay while the live consumer applies new events: each still counts once.
    const more = scenario(150, cast, uniqueId('r'));
    const [again] = await Promise.all([runRebuild(env), harness.publish(more)]);
    expect(again.code).toBe(0);
    await harness.drained(300_000);
    expect(await harness.figures(PLATFORM_ADMIN)).toEqual(expectedFigures([...events, ...more]));
  }, 600_000);
});
