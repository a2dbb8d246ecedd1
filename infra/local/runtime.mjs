#!/usr/bin/env node
// The local runtime without Docker: installs NATS, FerretDB (or mongod), MinIO, Keycloak, MailDev
// and Chromium once into a cache, then runs them on free 127.0.0.1 ports with data, logs and pids
// under a run dir. See README.md next to this file.
//
//   node infra/local/runtime.mjs install|start|stop|status|env
//   node infra/local/runtime.mjs component start <name> [--port P] [--run-dir D] [--data-dir D]
//   node infra/local/runtime.mjs component stop <name> [--run-dir D]
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMPONENTS, installSteps, removeNatsCredentials } from './components.mjs';
import {
  RuntimeError,
  allocatePorts,
  findExecutable,
  killGroup,
  pidAlive,
  pidIsOurs,
  say,
  seconds,
  sleep,
  spawnDetached,
  withLock,
} from './support.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const defaultRunDir = () => resolve(process.env.CERTHUB_RUN_DIR ?? join(REPO, '.run', 'local'));
export const defaultCacheDir = () =>
  resolve(process.env.CERTHUB_CACHE ?? join(homedir(), '.cache', 'certhub'));

/** runtime.env / runtime.json keys, in this order. */
const ENV_KEYS = [
  'NATS_URL',
  'NATS_MONITOR_URL',
  'NATS_CREDENTIALS',
  'MONGO_URL',
  'S3_ENDPOINT',
  'S3_ACCESS_KEY',
  'S3_SECRET_KEY',
  'S3_REGION',
  'MINIO_CONSOLE_URL',
  'CLAMD_URL',
  'KEYCLOAK_URL',
  'KEYCLOAK_REALM',
  'KEYCLOAK_MANAGEMENT_URL',
  'KEYCLOAK_ADMIN_USER',
  'KEYCLOAK_ADMIN_PASSWORD',
  'SMTP_URL',
  'MAILDEV_URL',
  'CHROMIUM_PATH',
  'INTERNAL_TOKEN_SECRET',
  'CERTHUB_RUN_DIR',
];

/**
 * The secret the gateway signs its calls to the services' internal HTTP routes with: made once per
 * run dir and kept there, so a service restarted alone still understands the gateway.
 */
function internalTokenSecret(runDir) {
  const file = join(runDir, 'internal-token.secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** A real mongod on PATH wins over FerretDB. */
const mongoComponent = () => (findExecutable('mongod') ? 'mongod' : 'ferretdb');
const resolveName = (name) => (name === 'mongo' ? mongoComponent() : name);

/** The components `start` runs; none for MongoDB when MONGO_URL points at one already. */
const plan = () => [
  'nats',
  ...(process.env.MONGO_URL ? [] : [mongoComponent()]),
  'minio',
  'clamd',
  'maildev',
  'keycloak',
];

const files = (runDir, name) => ({
  dataDir: join(runDir, 'data', name),
  logFile: join(runDir, 'logs', `${name}.log`),
  pidFile: join(runDir, 'pids', `${name}.pid`),
});

/** <runDir>/components.json: pid, ports and data dir of each component started there (ports are reused on the next start). */
const stateFile = (runDir) => join(runDir, 'components.json');
const readState = (runDir) =>
  existsSync(stateFile(runDir)) ? JSON.parse(readFileSync(stateFile(runDir), 'utf8')) : {};
const writeState = (runDir, state) => writeFileSync(stateFile(runDir), `${JSON.stringify(state, null, 2)}\n`);

const readPid = (pidFile) =>
  existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) || undefined : undefined;

function componentDef(name) {
  const def = COMPONENTS[name];
  if (!def)
    throw new RuntimeError(
      `certhub-runtime: unknown component "${name}" (one of: mongo, ${Object.keys(COMPONENTS).join(', ')})`,
    );
  return def;
}

class Aborted extends Error {}

// ---------------------------------------------------------------------------------------------

/**
 * Installs what is missing from the cache; `only` limits it to some install steps. Idempotent:
 * everything already there is reported as cached.
 */
export async function install({ cacheDir = defaultCacheDir(), only } = {}) {
  const started = Date.now();
  const steps = installSteps(cacheDir);
  const wanted = (
    only ?? ['apt', ...(plan().includes('ferretdb') ? ['ferretdb'] : []), 'minio', 'maildev', 'keycloak']
  ).filter(Boolean);
  const runStep = async (key) => {
    const step = steps[key];
    const stepStart = Date.now();
    if (step.cached()) return say(`[install] ${step.label} … cached`);
    say(`[install] ${step.label} … ${step.action} …`);
    // Go builds of MinIO and FerretDB take minutes on two cores: show that they are alive.
    const progress = setInterval(
      () => say(`[install] ${step.label} … still ${step.action} (${seconds(stepStart)})`),
      20_000,
    );
    let note;
    try {
      note = await step.install();
    } catch (error) {
      if (error instanceof RuntimeError) throw error;
      const logFile = join(cacheDir, 'logs', `install-${key}.log`);
      mkdirSync(dirname(logFile), { recursive: true });
      appendFileSync(logFile, `${error.stack}\n`);
      throw new RuntimeError(
        `certhub-runtime: ${key} could not be installed (${error.message}) — see ${logFile}`,
      );
    } finally {
      clearInterval(progress);
    }
    say(`[install] ${step.label} … done in ${seconds(stepStart)}${note ? ` (${note})` : ''}`);
  };
  if (wanted.every((key) => steps[key].cached())) {
    if (!only) wanted.forEach((key) => say(`[install] ${steps[key].label} … cached`));
    return;
  }
  await withLock(join(cacheDir, '.install.lock'), async () => {
    // Two lanes: the CPU-heavy Go builds overlap with downloads, npm and Keycloak's build.
    const lanes = [
      ['apt', 'ferretdb', 'minio'],
      ['maildev', 'keycloak'],
    ].map(async (lane) => {
      for (const key of lane.filter((k) => wanted.includes(k))) await runStep(key);
    });
    const failure = (await Promise.allSettled(lanes)).find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  });
  say(`[install] complete in ${seconds(started)}`);
}

/**
 * Starts one component detached and waits until it serves. On failure or abort it ends what it
 * spawned and throws a RuntimeError naming the log.
 */
async function launch(name, { runDir, cacheDir, ports, dataDir, smtpPort }, abort) {
  const def = componentDef(name);
  const { logFile, pidFile } = files(runDir, name);
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(dirname(pidFile), { recursive: true });
  const ctx = { cache: cacheDir, runDir, ports, dataDir, logFile, smtpPort };
  const spec = await def.launch(ctx);
  if (!spec.cmd)
    throw new RuntimeError(
      `certhub-runtime: ${name} is not installed — run: node infra/local/runtime.mjs install`,
    );
  let child;
  try {
    child = await spawnDetached(spec.cmd, spec.args, {
      env: { ...process.env, ...spec.env },
      cwd: dataDir,
      logFile,
    });
  } catch (error) {
    throw new RuntimeError(
      `certhub-runtime: ${name} could not be started (${error.code ?? error.message}) — see ${logFile}`,
    );
  }
  writeFileSync(pidFile, `${child.pid}\n`);
  let exited;
  child.once('exit', (code, sig) => (exited = sig ?? `exit code ${code}`));
  try {
    const deadline = Date.now() + def.timeoutMs;
    for (;;) {
      if (abort?.aborted) throw new Aborted();
      if (exited)
        throw new RuntimeError(
          `certhub-runtime: ${name} stopped while starting (${exited}) — see ${logFile}`,
        );
      if (await def.ready(ctx)) break;
      if (Date.now() > deadline) {
        throw new RuntimeError(
          `certhub-runtime: ${name} did not become ready in ${def.timeoutMs / 1000}s — see ${logFile}`,
        );
      }
      await sleep(250);
    }
    await def.afterReady?.(ctx);
  } catch (error) {
    await killGroup(child.pid);
    rmSync(pidFile, { force: true });
    throw error;
  }
  return { pid: child.pid, runDir, ports, dataDir, logFile, env: def.env(ctx) };
}

/** The env of the runtime running in runDir when every planned component is alive and ready. */
async function runningEnv(runDir) {
  const envFile = join(runDir, 'runtime.json');
  if (!existsSync(envFile)) return undefined;
  const state = readState(runDir);
  const checks = plan().map(async (name) => {
    const entry = state[name];
    const pid = readPid(files(runDir, name).pidFile);
    return Boolean(
      entry && pid && pidIsOurs(pid, COMPONENTS[name].marker) && (await COMPONENTS[name].ready(entry)),
    );
  });
  return (await Promise.all(checks)).every(Boolean) ? readEnv(runDir) : undefined;
}

function writeEnv(runDir, env) {
  const ordered = Object.fromEntries(ENV_KEYS.map((key) => [key, env[key]]));
  writeFileSync(join(runDir, 'runtime.json'), `${JSON.stringify(ordered, null, 2)}\n`);
  writeFileSync(join(runDir, 'runtime.env'), ENV_KEYS.map((key) => `${key}=${env[key]}\n`).join(''));
  return ordered;
}

const printEnv = (env) => process.stdout.write(ENV_KEYS.map((key) => `${key}=${env[key]}\n`).join(''));

/**
 * Starts every component (installing first when needed), or reuses the runtime already running in
 * runDir. Resolves to the env written to runtime.json; on failure, stops what it started and
 * throws a RuntimeError whose message is the one line to show.
 */
export async function start({ runDir = defaultRunDir(), cacheDir = defaultCacheDir() } = {}) {
  const started = Date.now();
  runDir = resolve(runDir);
  const running = await runningEnv(runDir);
  if (running) {
    printEnv(running);
    say(`certhub-runtime: already running in ${runDir}, reused (${seconds(started)})`);
    return running;
  }
  await stop({ runDir, quiet: true }); // what is left of a partial or crashed runtime
  await install({ cacheDir });

  const names = plan();
  const previous = readState(runDir);
  const wanted = names.flatMap((name) => COMPONENTS[name].ports.map((port) => `${name}.${port}`));
  const preferred = Object.fromEntries(
    names.flatMap((name) =>
      Object.entries(previous[name]?.ports ?? {}).map(([port, value]) => [`${name}.${port}`, value]),
    ),
  );
  const allocated = await allocatePorts(wanted, preferred);
  const portsOf = (name) =>
    Object.fromEntries(COMPONENTS[name].ports.map((port) => [port, allocated[`${name}.${port}`]]));

  say(`[start] ${names.join(', ')} in ${runDir}`);
  const abort = { aborted: false }; // set on the first failure: the other launches give up and clean up
  const launched = {};
  let firstError;
  await Promise.allSettled(
    names.map(async (name) => {
      const t0 = Date.now();
      try {
        launched[name] = await launch(
          name,
          {
            runDir,
            cacheDir,
            ports: portsOf(name),
            dataDir: files(runDir, name).dataDir,
            smtpPort: allocated['maildev.smtp'],
          },
          abort,
        );
        say(`[start] ${name} ready in ${seconds(t0)}`);
      } catch (error) {
        if (!(error instanceof Aborted)) firstError ??= error;
        abort.aborted = true;
      }
    }),
  );
  if (firstError) {
    await Promise.all(Object.keys(launched).map((name) => stopComponent(name, runDir)));
    throw firstError;
  }

  writeState(runDir, { ...previous, ...launched });
  const env = writeEnv(runDir, {
    MONGO_URL: process.env.MONGO_URL,
    ...Object.assign({}, ...Object.values(launched).map((entry) => entry.env)),
    CHROMIUM_PATH: findExecutable('chromium'),
    INTERNAL_TOKEN_SECRET: internalTokenSecret(runDir),
    CERTHUB_RUN_DIR: runDir,
  });
  printEnv(env);
  say(`certhub-runtime: ready in ${seconds(started)} (run dir ${runDir})`);
  return env;
}

/** Ends every component started in runDir (by the pid files there) and removes runtime.env/json. */
export async function stop({ runDir = defaultRunDir(), quiet = false } = {}) {
  const pidDir = join(resolve(runDir), 'pids');
  const names = existsSync(pidDir)
    ? readdirSync(pidDir)
        .filter((f) => f.endsWith('.pid'))
        .map((f) => f.slice(0, -4))
    : [];
  await Promise.all(names.map((name) => stopComponent(name, runDir)));
  rmSync(join(runDir, 'runtime.json'), { force: true });
  rmSync(join(runDir, 'runtime.env'), { force: true });
  // The next start makes new NATS passwords: nothing of this run authenticates to the next.
  removeNatsCredentials(runDir);
  if (!quiet)
    say(`certhub-runtime: stopped ${names.length ? names.join(', ') : 'nothing'} in ${resolve(runDir)}`);
}

/** Each planned component's pid, ports and readiness; `running` is true when all are ready. */
export async function status({ runDir = defaultRunDir() } = {}) {
  runDir = resolve(runDir);
  const state = readState(runDir);
  const components = await Promise.all(
    plan().map(async (name) => {
      const pid = readPid(files(runDir, name).pidFile);
      const alive = Boolean(pid && pidIsOurs(pid, COMPONENTS[name].marker));
      const entry = state[name];
      const ready = Boolean(alive && entry && (await COMPONENTS[name].ready(entry)));
      return { name, pid: alive ? pid : undefined, ports: entry?.ports, ready };
    }),
  );
  const running = components.every((c) => c.ready) && existsSync(join(runDir, 'runtime.json'));
  return { runDir, running, components };
}

/** The parsed <runDir>/runtime.json of a started runtime. */
export function readEnv(runDir = defaultRunDir()) {
  const file = join(resolve(runDir), 'runtime.json');
  if (!existsSync(file))
    throw new RuntimeError(
      `certhub-runtime: no runtime in ${resolve(runDir)} — run: node infra/local/runtime.mjs start`,
    );
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Starts a single component (e.g. a private NATS or FerretDB for one test) in runDir, on `port`
 * when given (its main port; others are free ports) and with its data in dataDir (default
 * <runDir>/data/<name>). Starting again with the same port and dirs brings the same server back.
 * `name` "mongo" means mongod when on PATH, else FerretDB. Reuses an instance already serving.
 */
export async function startComponent(
  name,
  { port, dataDir, runDir = defaultRunDir(), cacheDir = defaultCacheDir(), smtpPort } = {},
) {
  name = resolveName(name);
  runDir = resolve(runDir);
  const def = componentDef(name);
  await install({ cacheDir, only: [def.install].flat() });
  const state = readState(runDir);
  const current = state[name];
  const pid = readPid(files(runDir, name).pidFile);
  const [main, ...others] = def.ports;
  if (
    current &&
    pid &&
    pidIsOurs(pid, def.marker) &&
    (port === undefined || current.ports[main] === port) &&
    (await def.ready(current))
  ) {
    return { name, ...current };
  }
  await stopComponent(name, runDir);
  const ports = { ...(await allocatePorts(others)), [main]: port ?? (await allocatePorts([main]))[main] };
  const launched = await launch(name, {
    runDir,
    cacheDir,
    ports,
    dataDir: resolve(dataDir ?? files(runDir, name).dataDir),
    smtpPort,
  });
  writeState(runDir, { ...readState(runDir), [name]: launched });
  return { name, ...launched };
}

/** Ends one component started in runDir; resolves to false when none was recorded there. */
export async function stopComponent(name, runDir = defaultRunDir()) {
  name = resolveName(name);
  const pidFile = files(resolve(runDir), name).pidFile;
  const pid = readPid(pidFile);
  if (pid === undefined) return false;
  // A live pid must still be our command (pids get recycled); a dead group leader may leave
  // children in its process group (kc.sh → java), which is ours by construction.
  if (pidAlive(pid) ? pidIsOurs(pid, COMPONENTS[name]?.marker ?? name) : true) await killGroup(pid);
  rmSync(pidFile, { force: true });
  return true;
}

// ---------------------------------------------------------------------------------------------
// CLI

function option(args, flag) {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main([command, ...args]) {
  switch (command) {
    case 'install':
      await install();
      return 0;
    case 'start':
      await start();
      return 0;
    case 'stop':
      await stop();
      return 0;
    case 'status': {
      const result = await status();
      for (const c of result.components) {
        const ports =
          Object.entries(c.ports ?? {})
            .map(([k, v]) => `${k}=${v}`)
            .join(' ') || '-';
        say(
          `${c.name.padEnd(9)} pid ${String(c.pid ?? '-').padEnd(8)} ${ports.padEnd(28)} ${c.ready ? 'ready' : 'not ready'}`,
        );
      }
      say(`certhub-runtime: ${result.running ? 'running' : 'not running'} in ${result.runDir}`);
      return result.running ? 0 : 1;
    }
    case 'env':
      printEnv(readEnv());
      return 0;
    case 'component': {
      const [action, name] = args;
      const runDir = option(args, '--run-dir') ?? defaultRunDir();
      if (action === 'start' && name) {
        const port = option(args, '--port');
        const started = await startComponent(name, {
          port: port && Number(port),
          dataDir: option(args, '--data-dir'),
          runDir,
        });
        process.stdout.write(`${Object.values(started.env)[0]}\n`);
        return 0;
      }
      if (action === 'stop' && name) {
        await stopComponent(name, runDir);
        return 0;
      }
      break;
    }
  }
  say('usage: node infra/local/runtime.mjs install|start|stop|status|env');
  say('       node infra/local/runtime.mjs component start <name> [--port P] [--run-dir D] [--data-dir D]');
  say('       node infra/local/runtime.mjs component stop <name> [--run-dir D]');
  return 2;
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      if (error instanceof RuntimeError) say(error.message);
      else say(`certhub-runtime: unexpected error: ${error?.stack ?? error}`);
      process.exit(1);
    },
  );
}
