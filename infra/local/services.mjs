#!/usr/bin/env node
// Starts every certhub service as its own process against the local runtime, as `./certhub up`
// does: logs and pids under the run dir, and one port per service for the whole run (the gateway
// on 8080 when free), recorded in services.json and reused by every later `up`. Services reach each
// other at those addresses, so a service restarted after a crash is where the others expect it.
//   node infra/local/services.mjs up [name…]   start what is down (all services, or those named)
//   node infra/local/services.mjs down | status
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RPC_SERVICES } from '../nats/permissions.mjs';
import { allocatePorts, pidIsOurs } from './support.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUN_DIR = resolve(process.env.CERTHUB_RUN_DIR ?? join(ROOT, '.run', 'local'));
/** The gateway, then every service answering RPC subjects: the NATS users' one list. */
const SERVICES = ['gateway', ...RPC_SERVICES];
const STATE = join(RUN_DIR, 'services.json');
const READY_TIMEOUT_MS = 90_000;

const entryOf = (name) => join('dist/services', name, 'src/main.js');
/** The pid is still this service (not a recycled pid of something else). */
const running = (name, entry) => Boolean(entry?.pid && pidIsOurs(entry.pid, entryOf(name)));

/** name → { port, url, log, pid? }: ports stay for the run, pids only while the process lives. */
const readState = () => (existsSync(STATE) ? JSON.parse(readFileSync(STATE, 'utf8')) : {});
const writeState = (state) => writeFileSync(STATE, `${JSON.stringify(state, null, 2)}\n`);

async function waitReady(name, url, child, log) {
  let exited;
  child.once('exit', (code, signal) => (exited = signal ?? `exit code ${code}`));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited during start (${exited}) — see ${log}`);
    try {
      if ((await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not become ready in ${READY_TIMEOUT_MS / 1000}s — see ${log}`);
}

/** One port per service, chosen once: those recorded earlier are kept (even while their service is down). */
async function assignPorts(state) {
  const missing = SERVICES.filter((name) => !state[name]?.port);
  if (!missing.length) return;
  const taken = new Set(SERVICES.map((name) => state[name]?.port).filter(Boolean));
  const ports = await allocatePorts(missing, missing.includes('gateway') ? { gateway: 8080 } : {});
  for (const name of missing) {
    if (taken.has(ports[name])) throw new Error(`port ${ports[name]} chosen twice: run "up" again`);
    const port = ports[name];
    state[name] = { port, url: `http://127.0.0.1:${port}`, log: join(RUN_DIR, 'logs', `svc-${name}.log`) };
  }
}

async function up(names = SERVICES) {
  const unknown = names.filter((name) => !SERVICES.includes(name));
  if (unknown.length)
    throw new Error(`unknown service(s) ${unknown.join(', ')} (one of: ${SERVICES.join(', ')})`);
  const runtimeFile = join(RUN_DIR, 'runtime.json');
  if (!existsSync(runtimeFile))
    throw new Error(`no runtime in ${RUN_DIR}: run "node infra/local/runtime.mjs start" first`);
  const runtime = JSON.parse(readFileSync(runtimeFile, 'utf8'));
  // Each service connects to NATS as its own user (infra/nats/permissions.mjs).
  const natsPasswords = JSON.parse(readFileSync(runtime.NATS_CREDENTIALS, 'utf8'));
  const state = readState();
  mkdirSync(join(RUN_DIR, 'logs'), { recursive: true });
  await assignPorts(state);
  const urlOf = (name) => state[name].url;
  const starting = [];
  for (const name of names) {
    if (running(name, state[name])) continue;
    const { port, url, log } = state[name];
    const fd = openSync(log, 'a');
    const child = spawn(process.execPath, ['--enable-source-maps', entryOf(name)], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...runtime,
        NATS_USER: name,
        NATS_PASSWORD: natsPasswords[name],
        HTTP_PORT: String(port),
        HTTP_HOST: '127.0.0.1',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
        CERTIFICATE_URL: urlOf('certificate'),
        // Links in mails and notifications lead to the portal, which the gateway serves.
        PUBLIC_PORTAL_URL: urlOf('gateway'),
        // DIDs, status lists and the PDFs' QR codes name the public origin: here, the gateway.
        PUBLIC_URL: urlOf('gateway'),
        DOCUMENT_URL: urlOf('document'),
        DOSSIER_URL: urlOf('dossier'),
        ANALYTICS_URL: urlOf('analytics'),
        COMPLAINTS_URL: urlOf('complaints'),
        CANDIDACY_URL: urlOf('candidacy'),
      },
      stdio: ['ignore', fd, fd],
      detached: true,
    });
    child.unref();
    state[name] = { ...state[name], pid: child.pid };
    starting.push([name, url, child, log]);
    console.error(`starting ${name} on ${url} (pid ${child.pid})`);
  }
  writeState(state);
  const results = await Promise.allSettled(starting.map((args) => waitReady(...args)));
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason.message] : []));
  if (failures.length) throw new Error(failures.join('; '));
  return { runtime, state };
}

function down() {
  if (!existsSync(STATE)) return;
  const state = readState();
  for (const [name, entry] of Object.entries(state)) {
    if (running(name, entry)) {
      process.kill(-entry.pid, 'SIGTERM');
      console.log(`stopped ${name} (pid ${entry.pid})`);
    }
    delete entry.pid;
  }
  // The ports stay recorded: the next `up` of this run dir puts every service where it was.
  writeState(state);
}

function status() {
  const state = readState();
  for (const name of SERVICES) {
    const s = state[name];
    console.log(`${name.padEnd(13)} ${running(name, s) ? `up    ${s.url}  pid ${s.pid}` : 'down'}`);
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
    .filter(([, s]) => s.pid)
    .map(([n, s]) => `${n} ${s.url}`)
    .join(', ')}
  Logs                 ${join(RUN_DIR, 'logs')}

Demo accounts (password Certhub-dev-2026, local dev default):
  platform.admin@certhub.local  cb.admin@certhub.local  analyst@certhub.local  auditor@certhub.local
  decider@certhub.local  org.admin@certhub.local  org.member@certhub.local
  individuals' line: network.admin@  establishment.a@  establishment.b@  certifier@  jury@ (certhub.local)
Try: TOKEN=$(curl -s -d grant_type=password -d client_id=certhub-dev-cli -d username=analyst@certhub.local \\
       -d password=Certhub-dev-2026 ${runtime.KEYCLOAK_URL}/realms/certhub/protocol/openid-connect/token | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')
     curl -H "Authorization: Bearer $TOKEN" ${g}/api/v1/me
Stop everything with ./certhub down.`);
}

const command = process.argv[2];
try {
  if (command === 'up') {
    const result = await up(process.argv.length > 3 ? process.argv.slice(3) : SERVICES);
    if (result.state.gateway?.pid) printWhereToLook(result);
  } else if (command === 'down') down();
  else if (command === 'status') status();
  else {
    console.error('usage: services.mjs up [service…] | down | status');
    process.exit(2);
  }
} catch (error) {
  console.error(`certhub-services: ${error.message}`);
  process.exit(1);
}
