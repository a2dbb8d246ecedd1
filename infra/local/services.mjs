#!/usr/bin/env node
// Starts every certhub service as its own process against the local runtime, as `./certhub up`
// does: free ports (the gateway on 8080 when free), logs and pids under the run dir.
//   node infra/local/services.mjs up | down | status
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUN_DIR = process.env.CERTHUB_RUN_DIR ?? join(ROOT, '.run', 'local');
const SERVICES = [
  'gateway',
  'identity',
  'dossier',
  'document',
  'notification',
  'certificate',
  'analytics',
  'partner',
];
const STATE = join(RUN_DIR, 'services.json');
const READY_TIMEOUT_MS = 90_000;

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const portFree = (port) =>
  new Promise((res) => {
    const s = createServer().once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer().once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

const readState = () => (existsSync(STATE) ? JSON.parse(readFileSync(STATE, 'utf8')) : {});

async function waitReady(name, url, pid, log) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!alive(pid)) throw new Error(`${name} exited during start — see ${log}`);
    try {
      if ((await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not become ready in ${READY_TIMEOUT_MS / 1000}s — see ${log}`);
}

async function up() {
  const runtimeFile = join(RUN_DIR, 'runtime.json');
  if (!existsSync(runtimeFile))
    throw new Error(`no runtime in ${RUN_DIR}: run "node infra/local/runtime.mjs start" first`);
  const runtime = JSON.parse(readFileSync(runtimeFile, 'utf8'));
  // Each service connects to NATS as its own user (infra/nats/permissions.mjs).
  const natsPasswords = JSON.parse(readFileSync(runtime.NATS_CREDENTIALS, 'utf8'));
  const state = readState();
  mkdirSync(join(RUN_DIR, 'logs'), { recursive: true });
  // Ports first: the gateway is told where the services it calls over HTTP listen.
  const ports = {};
  for (const name of SERVICES) {
    if (state[name] && alive(state[name].pid)) continue;
    ports[name] = name === 'gateway' && (await portFree(8080)) ? 8080 : await freePort();
  }
  const urlOf = (name) => (ports[name] ? `http://127.0.0.1:${ports[name]}` : state[name].url);
  const started = [];
  for (const name of SERVICES) {
    if (state[name] && alive(state[name].pid)) {
      started.push([name, state[name]]);
      continue;
    }
    const port = ports[name];
    const log = join(RUN_DIR, 'logs', `svc-${name}.log`);
    const fd = openSync(log, 'a');
    const child = spawn(
      process.execPath,
      ['--enable-source-maps', join(ROOT, 'dist/services', name, 'src/main.js')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ...runtime,
          NATS_USER: name,
          NATS_PASSWORD: natsPasswords[name],
          HTTP_PORT: String(port),
          HTTP_HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          CERTIFICATE_URL: urlOf('certificate'),
          // Links in mails and notifications lead to the portal, which the gateway serves.
          PUBLIC_PORTAL_URL: urlOf('gateway'),
          DOCUMENT_URL: urlOf('document'),
          DOSSIER_URL: urlOf('dossier'),
          ANALYTICS_URL: urlOf('analytics'),
        },
        stdio: ['ignore', fd, fd],
        detached: true,
      },
    );
    child.unref();
    state[name] = { pid: child.pid, url: `http://127.0.0.1:${port}`, log };
    started.push([name, state[name]]);
  }
  writeFileSync(STATE, JSON.stringify(state, null, 2));
  await Promise.all(started.map(([name, s]) => waitReady(name, s.url, s.pid, s.log)));
  return { runtime, state };
}

function down() {
  const state = readState();
  for (const [name, { pid }] of Object.entries(state)) {
    if (alive(pid)) {
      process.kill(-pid, 'SIGTERM');
      console.log(`stopped ${name} (pid ${pid})`);
    }
  }
  rmSync(STATE, { force: true });
}

function status() {
  const state = readState();
  for (const name of SERVICES) {
    const s = state[name];
    console.log(`${name.padEnd(13)} ${s && alive(s.pid) ? `up    ${s.url}  pid ${s.pid}` : 'down'}`);
  }
}

function printWhereToLook({ runtime, state }) {
  const g = state.gateway.url;
  console.log(`
certhub is up.
  Portal               ${g}/        (sign in as org.admin@certhub.local)
  API (gateway)        ${g}/api/v1        probes: ${g}/healthz ${g}/readyz ${g}/metrics
  Keycloak             ${runtime.KEYCLOAK_URL}/admin  (admin / admin — local dev default)
  Mail sink (MailDev)  ${runtime.MAILDEV_URL}
  MinIO console        ${runtime.MINIO_CONSOLE_URL ?? runtime.S3_ENDPOINT}  (${runtime.S3_ACCESS_KEY} / ${runtime.S3_SECRET_KEY})
  NATS monitoring      ${runtime.NATS_MONITOR_URL}
  Services             ${Object.entries(state)
    .map(([n, s]) => `${n} ${s.url}`)
    .join(', ')}
  Logs                 ${join(RUN_DIR, 'logs')}

Demo accounts (password Certhub-dev-2026, local dev default):
  platform.admin@certhub.local  cb.admin@certhub.local  analyst@certhub.local  auditor@certhub.local
  decider@certhub.local  org.admin@certhub.local  org.member@certhub.local
Try: TOKEN=$(curl -s -d grant_type=password -d client_id=certhub-dev-cli -d username=analyst@certhub.local \\
       -d password=Certhub-dev-2026 ${runtime.KEYCLOAK_URL}/realms/certhub/protocol/openid-connect/token | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')
     curl -H "Authorization: Bearer $TOKEN" ${g}/api/v1/me
Stop everything with ./certhub down.`);
}

const command = process.argv[2];
try {
  if (command === 'up') printWhereToLook(await up());
  else if (command === 'down') down();
  else if (command === 'status') status();
  else {
    console.error('usage: services.mjs up|down|status');
    process.exit(2);
  }
} catch (error) {
  console.error(`certhub-services: ${error.message}`);
  process.exit(1);
}
