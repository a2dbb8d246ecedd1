#!/usr/bin/env node
// Smoke test of the local runtime against real servers, in a throw-away run dir:
//   node infra/local/runtime.test.mjs
// Starts everything, checks each component for real (token claims, JetStream, MongoDB ping, MinIO,
// MailDev), restarts a private NATS on the same port, stops, and checks nothing of ours is left.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import { readEnv, start, startComponent, status, stop, stopComponent } from './runtime.mjs';
import { connect } from 'node:net';
import { allocatePorts, clamdPing, mongoPing, pidAlive } from './support.mjs';

/** clamd's answer to `zINSTREAM` of one chunk. */
const clamdInstream = (port, bytes) =>
  new Promise((resolve, reject) => {
    let reply = '';
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(5_000, () => socket.destroy(new Error('clamd stayed silent')));
    socket.on('error', reject);
    socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
    socket.on('end', () => resolve(reply.replace(/\0/g, '').trim()));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    socket.write(Buffer.concat([Buffer.from('zINSTREAM\0'), length, bytes, Buffer.alloc(4)]));
  });

const runDir = mkdtempSync(join(tmpdir(), 'certhub-runtime-test-'));
const check = async (name, fn) => {
  await fn();
  process.stderr.write(`ok   ${name}\n`);
};

try {
  const started = Date.now();
  await start({ runDir });
  process.stderr.write(
    `ok   start from an empty run dir in ${((Date.now() - started) / 1000).toFixed(1)}s\n`,
  );
  const env = readEnv(runDir);

  await check('keycloak: password grant carries audience, tenant claims and realm roles', async () => {
    const response = await fetch(
      `${env.KEYCLOAK_URL}/realms/${env.KEYCLOAK_REALM}/protocol/openid-connect/token`,
      {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'password',
          client_id: 'certhub-dev-cli',
          username: 'analyst@certhub.local',
          password: 'Certhub-dev-2026',
        }),
      },
    );
    assert.equal(response.status, 200);
    const claims = JSON.parse(Buffer.from((await response.json()).access_token.split('.')[1], 'base64url'));
    assert.ok([claims.aud].flat().includes('certhub-gateway'));
    assert.equal(claims.tenant_type, 'cb');
    assert.equal(claims.tenant_id, 'cb-demo');
    assert.ok(claims.realm_access.roles.includes('analyst'));
  });
  await check('nats: JetStream enabled', async () => {
    assert.equal((await fetch(`${env.NATS_MONITOR_URL}/healthz?js-enabled-only=true`)).status, 200);
  });
  await check('mongo: ping', async () => assert.ok(await mongoPing(Number(new URL(env.MONGO_URL).port))));
  await check('minio: ready', async () =>
    assert.equal((await fetch(`${env.S3_ENDPOINT}/minio/health/ready`)).status, 200),
  );
  await check('clamd: reports the EICAR test string, alone and appended to another file', async () => {
    const port = Number(new URL(env.CLAMD_URL).port);
    assert.ok(await clamdPing(port));
    const eicar = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
    for (const bytes of [
      Buffer.from(eicar, 'latin1'),
      Buffer.from(`%PDF-1.7\n${'x'.repeat(5000)}${eicar}`, 'latin1'),
    ])
      assert.equal(await clamdInstream(port, bytes), 'stream: Eicar-Test-Signature.UNOFFICIAL FOUND');
    assert.equal(await clamdInstream(port, Buffer.from('%PDF-1.7\nclean')), 'stream: OK');
  });
  await check('maildev: /email', async () =>
    assert.deepEqual(await (await fetch(`${env.MAILDEV_URL}/email`)).json(), []),
  );
  await check('status: running', async () => assert.equal((await status({ runDir })).running, true));

  await check('component: private NATS restarted on the same port keeps its data dir', async () => {
    const { port } = await allocatePorts(['port']);
    const privateDir = join(runDir, 'private');
    const first = await startComponent('nats', { port, runDir: privateDir });
    await stopComponent('nats', privateDir);
    assert.equal(pidAlive(first.pid), false);
    const second = await startComponent('nats', { port, runDir: privateDir });
    assert.equal(second.env.NATS_URL, `nats://127.0.0.1:${port}`);
    assert.equal(second.dataDir, first.dataDir);
    // Its clients reconnect: the users' passwords are the same after the restart.
    assert.equal(
      readFileSync(second.env.NATS_CREDENTIALS, 'utf8'),
      readFileSync(first.env.NATS_CREDENTIALS, 'utf8'),
    );
    await stopComponent('nats', privateDir);
  });

  await check(
    'nats: one password per user, readable by the owner only, anonymous clients refused',
    async () => {
      const passwords = JSON.parse(readFileSync(env.NATS_CREDENTIALS, 'utf8'));
      assert.ok(['gateway', 'dossier', 'tools'].every((user) => /^n[0-9a-f]{48}$/.test(passwords[user])));
      assert.equal(statSync(env.NATS_CREDENTIALS).mode & 0o077, 0);
      const { connect } = await import('nats');
      await assert.rejects(connect({ servers: env.NATS_URL }), { code: 'AUTHORIZATION_VIOLATION' });
      const nc = await connect({ servers: env.NATS_URL, user: 'gateway', pass: passwords.gateway });
      await nc.close();
    },
  );

  const pids = Object.values(JSON.parse(readFileSync(join(runDir, 'components.json'), 'utf8'))).map(
    (c) => c.pid,
  );
  await stop({ runDir });
  await check('stop: no process left', async () => assert.deepEqual(pids.filter(pidAlive), []));
  await check('stop: the run’s NATS passwords are gone', async () =>
    assert.equal(existsSync(env.NATS_CREDENTIALS), false),
  );
} catch (error) {
  await stop({ runDir, quiet: true });
  process.stderr.write(`FAIL ${error.stack ?? error}\n`);
  process.exitCode = 1;
} finally {
  if (!process.exitCode) rmSync(runDir, { recursive: true, force: true });
}
