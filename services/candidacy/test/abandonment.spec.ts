import type { INestApplication } from '@nestjs/common';
import { answerNatsRequests } from '@certhub/platform';
import { GatewayClient, TestStack, startInProcess } from '@certhub/testing';
import { AbandonStaleCandidacies } from '../src/abandonment/abandon-stale-candidacies/abandon-stale-candidacies.usecase';
import { AppModule } from '../src/app.module';
import { CandidacyEnv } from '../src/config';
import { evaluate, habilitate, person } from './support/candidacy-fixtures';

type Body = Record<string, unknown>;

const later = (years: number, days: number) => {
  const at = new Date();
  at.setUTCFullYear(at.getUTCFullYear() + years);
  return new Date(at.getTime() + days * 86_400_000);
};

/**
 * The automatic abandonment 5 years after the preliminary evaluation, as a job at a clock the test
 * moves: the candidacy service runs in this process (its pass called with the clock's time, as the
 * job calls it), answering the gateway over NATS; identity, document and the gateway as processes.
 */
describe('automatic abandonment', () => {
  let stack: TestStack;
  let app: INestApplication;
  let job: AbandonStaleCandidacies;
  let gateway: GatewayClient;

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'document', 'gateway']);
    app = await startInProcess('candidacy', stack, {
      parse: (env) => CandidacyEnv.parse(env),
      module: (config) => AppModule.forRoot(config),
      // The real clock's passes must not run during the test: its own passes are called below.
      env: { ABANDON_SCAN_INTERVAL_MS: '86400000' },
      serve: (app, config) => answerNatsRequests(app, 'candidacy', config),
    });
    job = app.get(AbandonStaleCandidacies);
    gateway = await GatewayClient.signIn(stack.service('gateway').url, [
      'establishment.a',
      'network.admin',
      'certifier',
    ]);
    await habilitate(gateway, 'establishment.a', 'est-demo-a');
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await stack?.stop();
  });

  it('abandons a candidacy 5 years after its preliminary evaluation, once, and it can be reinstated', async () => {
    const evaluated = await gateway.ok('establishment.a', 'POST', '/candidates', person());
    await evaluate(gateway, evaluated, ['1.1']);
    // Never evaluated: the 5 years have not started.
    const waiting = await gateway.ok('establishment.a', 'POST', '/candidates', person());
    const status = async (c: Body) =>
      (await gateway.ok('establishment.a', 'GET', `/candidates/${String(c['id'])}`)) as Body;

    await job.runOnce(later(5, -1));
    expect(await status(evaluated)).toMatchObject({ status: 'awaiting_final_evaluation' });

    expect(await job.runOnce(later(5, 1))).toBeGreaterThanOrEqual(1);
    expect(await status(evaluated)).toMatchObject({
      status: 'abandoned',
      abandonReason: 'automatic: 5 years after the preliminary evaluation',
    });
    expect(await status(waiting)).toMatchObject({ status: 'awaiting_preliminary_evaluation' });
    const trail = await gateway.ok('establishment.a', 'GET', `/candidates/${String(evaluated['id'])}/trail`);
    expect((trail['items'] as Body[])[0]).toMatchObject({ action: 'abandon', by: 'system', to: 'abandoned' });

    // A later pass finds nothing more to do for it; reinstated, it is back where it stood.
    await job.runOnce(later(5, 2));
    expect(
      (await gateway.ok('establishment.a', 'GET', `/candidates/${String(evaluated['id'])}/trail`))['total'],
    ).toBe(trail['total']);
    await gateway.ok('network.admin', 'POST', `/candidates/${String(evaluated['id'])}/reinstatement`);
    expect(await status(evaluated)).toMatchObject({ status: 'awaiting_final_evaluation' });
  });
});
