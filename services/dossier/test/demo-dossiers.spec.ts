import { GatewayClient, TestStack, runtimeEnv } from '@certhub/testing';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const SCRIPT = resolve(__dirname, '../../../infra/local/demo-dossiers.mjs');

/**
 * `./certhub up`'s demo dossiers (infra/local/demo-dossiers.mjs) against a real stack, as `up` runs
 * the script: one dossier at each stage, reached through the public API, and a second run that
 * finds everything in place and takes no step.
 */
describe('demo dossiers seeded by ./certhub up', () => {
  let stack: TestStack;
  let runDir: string;
  let gw: GatewayClient;

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'dossier', 'document', 'gateway'], {
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    // The two files the script reads, as `up` leaves them in its run dir.
    runDir = await mkdtemp(join(tmpdir(), 'certhub-demo-'));
    await writeFile(
      join(runDir, 'services.json'),
      JSON.stringify({ gateway: { url: stack.service('gateway').url } }),
    );
    await writeFile(
      join(runDir, 'runtime.json'),
      JSON.stringify({ KEYCLOAK_URL: runtimeEnv().KEYCLOAK_URL }),
    );
    gw = await GatewayClient.signIn(stack.service('gateway').url, ['org.admin', 'analyst']);
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    if (runDir) await rm(runDir, { recursive: true, force: true });
  });

  const seed = async () =>
    (
      await promisify(execFile)(process.execPath, [SCRIPT], {
        env: { ...process.env, CERTHUB_RUN_DIR: runDir },
        timeout: 480_000,
      })
    ).stderr;

  it('puts one dossier at each stage, then leaves them as they are', async () => {
    expect(await seed()).toMatch(/demo dossiers: 9 at the demo CB, \d+ step\(s\) taken this run/);
    const dossiers = (await gw.ok('analyst', 'GET', '/dossiers?pageSize=100&sort=reference')).items as {
      id: string;
      schemeId: string;
      status: string;
      certificate?: { status: string };
    }[];
    expect(dossiers.map((d) => [d.schemeId, d.status])).toEqual([
      ['label-engagement', 'draft'],
      ['label-engagement', 'submitted'],
      ['label-engagement', 'findings_on_questionnaire'],
      ['label-engagement', 'admissible'],
      ['label-engagement', 'contracted'],
      ['label-engagement', 'audit_planned'],
      ['label-engagement', 'findings_open'],
      ['label-engagement', 'decision_pending'],
      ['amarc', 'certified'],
    ]);
    expect(dossiers.at(-1)?.certificate?.status).toBe('valid');
    // The applicant has corrective measures to draft.
    const open = await gw.ok('org.admin', 'GET', `/findings?dossierId=${dossiers[6]?.id}`);
    expect(open.items.map((f: { status: string }) => f.status)).toEqual([
      'measures_requested',
      'measures_requested',
    ]);

    expect(await seed()).toMatch(/demo dossiers: 9 at the demo CB, 0 step\(s\) taken this run/);
    const again = (await gw.ok('analyst', 'GET', '/dossiers?pageSize=100&sort=reference')).items as {
      status: string;
    }[];
    expect(again.map((d) => d.status)).toEqual(dossiers.map((d) => d.status));
  }, 900_000);
});
