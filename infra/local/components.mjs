// What the local runtime installs (into the cache) and runs (in a run dir): one install step per
// artifact, one definition per long-running component. runtime.mjs orchestrates them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { URLSearchParams, fileURLToPath } from 'node:url';
import { LOCAL_USERS, natsPassword, passwordVariable, renderAuthConf } from '../nats/permissions.mjs';
import {
  RuntimeError,
  allocatePorts,
  capture,
  findExecutable,
  clamdPing,
  httpOk,
  killGroup,
  mongoPing,
  run,
  say,
  sleep,
  spawnDetached,
  tcpOpen,
} from './support.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REALM_FILE = resolve(HERE, '../keycloak/certhub-realm.json');

export const VERSIONS = {
  ferretdb: 'v1.24.2',
  minio: 'v0.0.0-20260212201848-7aac2a2c5b7c',
  keycloak: '26.5.6',
  maildev: '2.2.1',
};

/** Pinned so the download does not depend on whatever plugin version Maven would pick. */
const MAVEN_DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

/** The only toolchain the Go builds may switch to when the local Go is too old for a module. */
const GO_FALLBACK_TOOLCHAIN = 'go1.27.3';

/** Local development defaults: this runtime binds to 127.0.0.1 only and is never deployed. */
export const DEV_CREDENTIALS = {
  s3AccessKey: 'certhub',
  s3SecretKey: 'certhub-dev-secret',
  keycloakAdminUser: 'admin',
  keycloakAdminPassword: 'admin',
};

/** The newest PostgreSQL server of Debian's packages (they keep it off PATH), or undefined. */
export function postgresBinDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length ? join(root, majors[0], 'bin') : undefined;
}

/** Debian package → how to tell it is installed (an executable on PATH, or a check). */
const APT_PACKAGES = {
  'nats-server': 'nats-server',
  chromium: 'chromium',
  'poppler-utils': 'pdftotext',
  qpdf: 'qpdf',
  postgresql: () => Boolean(postgresBinDir()),
  'clamav-daemon': 'clamd',
};
const aptInstalled = (pkg) =>
  typeof APT_PACKAGES[pkg] === 'function' ? APT_PACKAGES[pkg]() : Boolean(findExecutable(APT_PACKAGES[pkg]));

/**
 * Our changes to FerretDB, applied to its source before the build (see ferretdb/README.md): writes
 * that cannot lose an update, and filters the PostgreSQL backend can push down.
 */
const FERRETDB_PATCHES = ['atomic-updates-and-pushdown.patch'].map((name) => join(HERE, 'ferretdb', name));
const ferretdbBuild = () =>
  `${VERSIONS.ferretdb}+${createHash('sha256')
    .update(FERRETDB_PATCHES.map((file) => readFileSync(file)).join('\n'))
    .digest('hex')
    .slice(0, 12)}`;

const installLog = (cache, name) => join(cache, 'logs', `install-${name}.log`);
const failed = (what, logFile, detail) =>
  new RuntimeError(
    `certhub-runtime: ${what} could not be installed${detail ? ` (${detail})` : ''} — see ${logFile}`,
  );

const readText = (file) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined);

const logTail = (file) => readFileSync(file, 'utf8').slice(-4_000);

/** `go <args>` pinned to the local toolchain; retried once with GO_FALLBACK_TOOLCHAIN when a module needs a newer Go. */
async function goCommand(label, args, { cwd, env = {}, logFile }) {
  const goEnv = (toolchain) => ({ ...process.env, GOFLAGS: '-mod=mod', ...env, GOTOOLCHAIN: toolchain });
  let code = await run('go', args, { cwd, logFile, env: goEnv('local') });
  if (code !== 0 && /requires go >= /.test(logTail(logFile))) {
    say(`[install] ${label} … the local Go is too old, retrying with GOTOOLCHAIN=${GO_FALLBACK_TOOLCHAIN}`);
    code = await run('go', args, { cwd, logFile, env: goEnv(GO_FALLBACK_TOOLCHAIN) });
  }
  return code;
}

/** Where `go mod download` put module@version (its output goes to logFile), or undefined. */
function goModuleDir(module, logFile) {
  const result = spawnSync('go', ['mod', 'download', '-json', module], {
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local' },
  });
  mkdirSync(dirname(logFile), { recursive: true });
  appendFileSync(logFile, `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}\n`);
  return result.status === 0 ? JSON.parse(result.stdout).Dir : undefined;
}

/** A binary built earlier by `go install <module>@<version>` (e.g. by hand) that starts: it can be kept. */
function goBinaryMatches(bin, module, version) {
  const info = capture('go', ['version', '-m', bin]) ?? '';
  const built = info.split('\n').some((line) => {
    const [kind, path, ver] = line.trim().split(/\s+/);
    return kind === 'mod' && path === module && ver === version;
  });
  return built && spawnSync(bin, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

function makeWritable(dir) {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) makeWritable(path);
    else if (entry.isFile()) chmodSync(path, 0o644);
  }
}

/**
 * The JDK Keycloak runs on: CERTHUB_JAVA_HOME when set, else the newest 17 to 25 (Keycloak 26
 * recommends 21+) among $JAVA_HOME, /usr/lib/jvm/* and the `java` on PATH.
 */
export function findJava() {
  const forced = process.env.CERTHUB_JAVA_HOME;
  const homes = new Set(forced ? [forced] : [process.env.JAVA_HOME].filter(Boolean));
  if (!forced && existsSync('/usr/lib/jvm'))
    for (const dir of readdirSync('/usr/lib/jvm')) homes.add(join('/usr/lib/jvm', dir));
  const onPath = !forced && findExecutable('java');
  if (onPath) homes.add(resolve(realpathSync(onPath), '../..'));
  const candidates = [];
  for (const home of homes) {
    if (!existsSync(join(home, 'bin', 'java'))) continue;
    const version = /JAVA_VERSION="([^"]+)"/.exec(readText(join(home, 'release')) ?? '')?.[1];
    const major = Number(version?.startsWith('1.') ? version.split('.')[1] : version?.split('.')[0]);
    if (major >= 17 && major <= 25) candidates.push({ home: realpathSync(home), major, version });
  }
  return candidates.sort((a, b) => b.major - a.major)[0];
}

// ---------------------------------------------------------------------------------------------
// Install steps: `cached()` is a cheap check; `install()` is idempotent and resumable and may
// resolve to a note for the progress line.

export function installSteps(cache) {
  const bin = (name) => join(cache, 'bin', name);
  const stamped = (name, version) => existsSync(bin(name)) && readText(`${bin(name)}.version`) === version;
  const stamp = (name, version) => writeFileSync(`${bin(name)}.version`, `${version}\n`);
  const keycloakDist = keycloakDistDir(cache);
  const keycloakMarker = join(keycloakDist, '.certhub-install.json');
  const maildevPackage = join(cache, 'maildev', 'node_modules', 'maildev', 'package.json');

  return {
    apt: {
      label: `apt packages (${Object.keys(APT_PACKAGES).join(' ')})`,
      action: 'apt-get install',
      cached: () => Object.keys(APT_PACKAGES).every(aptInstalled),
      async install() {
        const logFile = installLog(cache, 'apt');
        const missing = Object.keys(APT_PACKAGES).filter((pkg) => !aptInstalled(pkg));
        const root = process.getuid?.() === 0;
        if (!root && !findExecutable('sudo')) {
          throw new RuntimeError(
            `certhub-runtime: missing packages and no root/sudo to install them — run: sudo apt-get install -y ${missing.join(' ')}`,
          );
        }
        const aptGet = (args) =>
          root
            ? run('apt-get', args, { logFile, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
            : run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], { logFile });
        const installArgs = ['install', '-y', ...missing];
        // A first failure usually means missing or stale package lists.
        if (
          (await aptGet(installArgs)) !== 0 &&
          ((await aptGet(['update'])) !== 0 || (await aptGet(installArgs)) !== 0)
        ) {
          throw failed(`apt packages (${missing.join(' ')})`, logFile);
        }
      },
    },

    ferretdb: {
      label: `ferretdb ${VERSIONS.ferretdb} (patched)`,
      action: 'building (go build)',
      cached: () => stamped('ferretdb', ferretdbBuild()),
      async install() {
        const logFile = installLog(cache, 'ferretdb');
        const module = `github.com/FerretDB/FerretDB@${VERSIONS.ferretdb}`;
        const moduleDir = goModuleDir(module, logFile);
        if (!moduleDir) throw failed('ferretdb', logFile, `go mod download ${module} failed`);
        // `go install …@v1.24.2` builds a binary that panics at start: build/version/version.txt is
        // generated by FerretDB's own tooling and empty in the module. Build a copy with it filled in.
        const src = join(cache, 'build', `ferretdb-${VERSIONS.ferretdb}`);
        rmSync(src, { recursive: true, force: true });
        cpSync(moduleDir, src, { recursive: true });
        makeWritable(src);
        writeFileSync(join(src, 'build', 'version', 'version.txt'), `${VERSIONS.ferretdb}\n`);
        for (const patch of FERRETDB_PATCHES) {
          if ((await run('patch', ['-p1', '--forward', '--batch', '-i', patch], { cwd: src, logFile })) !== 0)
            throw failed('ferretdb', logFile, `${patch} does not apply`);
        }
        mkdirSync(join(cache, 'bin'), { recursive: true });
        const args = [
          'build',
          '-trimpath',
          '-buildvcs=false',
          '-o',
          `${bin('ferretdb')}.part`,
          './cmd/ferretdb',
        ];
        if ((await goCommand('ferretdb', args, { cwd: src, logFile })) !== 0)
          throw failed('ferretdb', logFile);
        renameSync(`${bin('ferretdb')}.part`, bin('ferretdb'));
        rmSync(src, { recursive: true, force: true });
        stamp('ferretdb', ferretdbBuild());
      },
    },

    minio: {
      label: `minio ${VERSIONS.minio}`,
      action: 'building (go install)',
      cached: () => stamped('minio', VERSIONS.minio),
      async install() {
        const logFile = installLog(cache, 'minio');
        if (
          existsSync(bin('minio')) &&
          goBinaryMatches(bin('minio'), 'github.com/minio/minio', VERSIONS.minio)
        ) {
          stamp('minio', VERSIONS.minio);
          return 'kept the matching binary already there';
        }
        const gobin = join(cache, 'build', 'gobin-minio');
        rmSync(gobin, { recursive: true, force: true });
        mkdirSync(join(cache, 'bin'), { recursive: true });
        const args = ['install', `github.com/minio/minio@${VERSIONS.minio}`];
        if ((await goCommand('minio', args, { logFile, env: { GOBIN: gobin } })) !== 0)
          throw failed('minio', logFile);
        renameSync(join(gobin, 'minio'), bin('minio'));
        rmSync(gobin, { recursive: true, force: true });
        stamp('minio', VERSIONS.minio);
      },
    },

    keycloak: {
      label: `keycloak ${VERSIONS.keycloak}`,
      action: 'unpacking, `kc.sh build` and a template database',
      cached: () => {
        const javaHome =
          existsSync(keycloakMarker) && JSON.parse(readFileSync(keycloakMarker, 'utf8')).javaHome;
        return Boolean(javaHome) && existsSync(join(javaHome, 'bin', 'java'));
      },
      async install() {
        const logFile = installLog(cache, 'keycloak');
        const java = findJava();
        if (!java) {
          throw new RuntimeError(
            'certhub-runtime: keycloak needs a JDK 17 to 25 (21+ recommended) and none was found ($CERTHUB_JAVA_HOME, $JAVA_HOME, /usr/lib/jvm, PATH) — e.g. apt-get install -y openjdk-17-jre-headless',
          );
        }
        await fetchKeycloakZip(cache, logFile);
        unpackKeycloak(cache, keycloakDist, logFile);
        const env = keycloakEnv(java.home, 1025);
        const build = ['build', '--db=dev-file', '--health-enabled=true'];
        if ((await run(join(keycloakDist, 'bin', 'kc.sh'), build, { logFile, env })) !== 0)
          throw failed('keycloak (kc.sh build)', logFile);
        await createTemplateDatabase(keycloakDist, env, logFile);
        writeFileSync(
          keycloakMarker,
          `${JSON.stringify({ javaHome: java.home, javaVersion: java.version }, null, 2)}\n`,
        );
        say(`[install] keycloak runs on Java ${java.version} (${java.home})`);
      },
    },

    maildev: {
      label: `maildev ${VERSIONS.maildev}`,
      action: 'npm install',
      cached: () =>
        existsSync(maildevPackage) &&
        JSON.parse(readFileSync(maildevPackage, 'utf8')).version === VERSIONS.maildev,
      async install() {
        const logFile = installLog(cache, 'maildev');
        const dir = join(cache, 'maildev');
        const npm = findExecutable('npm') ?? join(dirname(process.execPath), 'npm');
        const args = [
          'install',
          '--prefix',
          `${dir}.part`,
          `maildev@${VERSIONS.maildev}`,
          '--omit=dev',
          '--no-audit',
          '--no-fund',
        ];
        rmSync(`${dir}.part`, { recursive: true, force: true });
        if ((await run(npm, args, { logFile })) !== 0) throw failed('maildev', logFile);
        rmSync(dir, { recursive: true, force: true });
        renameSync(`${dir}.part`, dir);
      },
    },
  };
}

/**
 * The Keycloak distribution zip, fetched by Maven from Maven Central (Maven knows where its
 * repositories are, checks the published checksums with --strict-checksums and caches it in ~/.m2).
 */
async function fetchKeycloakZip(cache, logFile) {
  const zip = join(cache, `keycloak-${VERSIONS.keycloak}.zip`);
  if (existsSync(zip)) return;
  if (!findExecutable('mvn'))
    throw new RuntimeError(
      'certhub-runtime: keycloak needs Maven to fetch its distribution — apt-get install maven',
    );
  const out = join(cache, 'keycloak-download');
  say(`[install] keycloak … mvn dependency:copy org.keycloak:keycloak-quarkus-dist:${VERSIONS.keycloak}:zip`);
  const code = await run(
    'mvn',
    [
      '--batch-mode',
      '--strict-checksums',
      '--no-transfer-progress',
      `${MAVEN_DEPENDENCY_PLUGIN}:copy`,
      `-Dartifact=org.keycloak:keycloak-quarkus-dist:${VERSIONS.keycloak}:zip`,
      `-DoutputDirectory=${out}`,
    ],
    { logFile, cwd: cache },
  );
  const fetched = join(out, `keycloak-quarkus-dist-${VERSIONS.keycloak}.zip`);
  if (code !== 0 || !existsSync(fetched)) throw failed('keycloak', logFile, 'mvn dependency:copy failed');
  renameSync(fetched, zip);
  rmSync(out, { recursive: true, force: true });
}

function unpackKeycloak(cache, dist, logFile) {
  const zip = join(cache, `keycloak-${VERSIONS.keycloak}.zip`);
  const part = `${dist}.part`;
  rmSync(dist, { recursive: true, force: true });
  rmSync(part, { recursive: true, force: true });
  mkdirSync(part, { recursive: true });
  const unzip = findExecutable('unzip')
    ? spawnSync('unzip', ['-q', zip, '-d', part], { stdio: 'ignore' })
    : spawnSync('python3', ['-m', 'zipfile', '-e', zip, part], { stdio: 'ignore' });
  if (unzip.status !== 0)
    throw failed('keycloak', logFile, `could not unzip ${zip} (needs unzip or python3)`);
  renameSync(join(part, `keycloak-${VERSIONS.keycloak}`), dist);
  rmSync(part, { recursive: true, force: true });
  // python's zipfile drops the executable bits.
  for (const script of readdirSync(join(dist, 'bin')))
    if (script.endsWith('.sh')) chmodSync(join(dist, 'bin', script), 0o755);
}

// ---------------------------------------------------------------------------------------------
// Keycloak specifics.
//
// Every run gets its own Keycloak home: <dataDir> with lib/, providers/ and themes/ linked to the
// cached distribution and a private data/ (H2 database, import dir, temp files). kc.sh passes our
// -Dkc.home.dir after its own and the JVM keeps the last one, so `--import-realm` reads
// <dataDir>/data/import and the dev-file database lands in <dataDir>/data/h2: two run dirs never
// share state and nothing is written into the shared cache at start.
//
// `kc.sh build` runs once at install and every start uses `start --optimized`: `start-dev`
// re-augments on every start (~30 s here). A template database (schema + master realm) made at
// install saves the ~15 s of Liquibase and master-realm setup on each fresh run dir.

const keycloakDistDir = (cache) => join(cache, `keycloak-${VERSIONS.keycloak}`);
const KEYCLOAK_DB = ['data', 'h2', 'keycloakdb.mv.db'];

function keycloakEnv(javaHome, smtpPort) {
  return {
    ...process.env,
    JAVA_HOME: javaHome,
    KC_BOOTSTRAP_ADMIN_USERNAME: DEV_CREDENTIALS.keycloakAdminUser,
    KC_BOOTSTRAP_ADMIN_PASSWORD: DEV_CREDENTIALS.keycloakAdminPassword,
    JAVA_OPTS_KC_HEAP: '-Xms64m -Xmx768m',
    // C1 only: ready ~8 s sooner on 2 cores, at ~100 ms more per password login. Fine for dev/tests.
    JAVA_OPTS_APPEND: '-XX:TieredStopAtLevel=1',
    // Resolved by Keycloak's import placeholders in certhub-realm.json (smtpServer).
    CERTHUB_SMTP_HOST: '127.0.0.1',
    CERTHUB_SMTP_PORT: String(smtpPort),
  };
}

const keycloakArgs = (home, ports, importRealm) => [
  'start',
  '--optimized',
  `-Dkc.home.dir=${home}`,
  '--cache=local',
  '--http-enabled=true',
  '--http-host=127.0.0.1',
  `--http-port=${ports.port}`,
  `--http-management-port=${ports.management}`,
  '--hostname-strict=false',
  ...(importRealm ? ['--import-realm'] : []),
];

function prepareKeycloakHome(home, dist) {
  mkdirSync(join(home, 'data', 'import'), { recursive: true });
  for (const dir of ['lib', 'providers', 'themes']) {
    const link = join(home, dir);
    if (lstatSync(link, { throwIfNoEntry: false })) rmSync(link, { recursive: true, force: true });
    symlinkSync(join(dist, dir), link);
  }
}

async function createTemplateDatabase(dist, env, logFile) {
  const home = join(dist, 'certhub-template');
  rmSync(home, { recursive: true, force: true });
  prepareKeycloakHome(home, dist);
  const ports = await allocatePorts(['port', 'management']);
  const child = await spawnDetached(join(dist, 'bin', 'kc.sh'), keycloakArgs(home, ports, false), {
    env,
    cwd: home,
    logFile,
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 180_000;
  while (
    !exited &&
    Date.now() < deadline &&
    !(await httpOk(`http://127.0.0.1:${ports.management}/health/ready`))
  )
    await sleep(500);
  const ready = !exited && Date.now() < deadline;
  await killGroup(child.pid);
  if (!ready || !existsSync(join(home, ...KEYCLOAK_DB)))
    throw failed('keycloak (template database)', logFile);
}

/**
 * The realm is imported only into a new database, so on a restart its SMTP port is whatever
 * MailDev had then; point it at the current one through the admin API when they differ.
 */
async function ensureRealmSmtpPort(baseUrl, smtpPort) {
  const login = await fetch(`${baseUrl}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: DEV_CREDENTIALS.keycloakAdminUser,
      password: DEV_CREDENTIALS.keycloakAdminPassword,
    }),
  });
  if (!login.ok) throw new Error(`admin login: HTTP ${login.status}`);
  const headers = {
    authorization: `Bearer ${(await login.json()).access_token}`,
    'content-type': 'application/json',
  };
  const realmUrl = `${baseUrl}/admin/realms/certhub`;
  const realm = await (await fetch(realmUrl, { headers })).json();
  if (realm.smtpServer?.port === String(smtpPort)) return;
  const smtpServer = { ...realm.smtpServer, port: String(smtpPort) };
  const update = await fetch(realmUrl, { method: 'PUT', headers, body: JSON.stringify({ smtpServer }) });
  if (!update.ok) throw new Error(`realm update: HTTP ${update.status}`);
}

// ---------------------------------------------------------------------------------------------
// Long-running components. `ports` lists the ports to allocate (the first is the main one), the
// first key of `env` is the component's main URL, `marker` is a string of its command line (pid
// files are checked against it before any signal is sent).

const local = (port) => `127.0.0.1:${port}`;

/**
 * NATS users of one run dir (service name → password, see infra/nats/permissions.mjs): made at
 * the first start, kept while the run dir's runtime lives (a restarted server takes the clients
 * back), removed by `stop`. Readable by the owner only.
 */
const natsFiles = (runDir) => ({
  credentials: join(runDir, 'nats', 'credentials.json'),
  config: join(runDir, 'nats', 'auth.conf'),
});

function natsCredentials(runDir) {
  const { credentials, config } = natsFiles(runDir);
  const known = existsSync(credentials) ? JSON.parse(readFileSync(credentials, 'utf8')) : {};
  const all = Object.fromEntries(LOCAL_USERS.map((user) => [user, known[user] ?? natsPassword()]));
  mkdirSync(dirname(credentials), { recursive: true, mode: 0o700 });
  writeFileSync(credentials, `${JSON.stringify(all, null, 2)}\n`, { mode: 0o600 });
  writeFileSync(config, renderAuthConf({ withTools: true }), { mode: 0o600 });
  return all;
}

export function removeNatsCredentials(runDir) {
  rmSync(natsFiles(runDir).credentials, { force: true });
}

export const COMPONENTS = {
  nats: {
    install: 'apt',
    ports: ['port', 'monitor'],
    marker: 'nats-server',
    timeoutMs: 30_000,
    launch: ({ ports, dataDir, runDir }) => {
      const passwords = natsCredentials(runDir);
      return {
        cmd: findExecutable('nats-server'),
        // prettier-ignore
        args: ['-c', natsFiles(runDir).config, '-js', '-sd', dataDir, '-a', '127.0.0.1', '-p', String(ports.port), '-m', String(ports.monitor)],
        env: Object.fromEntries(
          Object.entries(passwords).map(([user, password]) => [passwordVariable(user), password]),
        ),
      };
    },
    ready: async ({ ports }) =>
      (await tcpOpen(ports.port)) && httpOk(`http://${local(ports.monitor)}/healthz?js-enabled-only=true`),
    env: ({ ports, runDir }) => ({
      NATS_URL: `nats://${local(ports.port)}`,
      NATS_MONITOR_URL: `http://${local(ports.monitor)}`,
      NATS_CREDENTIALS: natsFiles(runDir).credentials,
    }),
  },

  // FerretDB on a PostgreSQL cluster of its own (one process group, see ferretdb/ferretdb-postgresql.sh).
  ferretdb: {
    install: ['apt', 'ferretdb'],
    ports: ['port', 'postgres'],
    marker: 'ferretdb',
    timeoutMs: 60_000,
    launch: ({ cache, ports, dataDir }) => ({
      cmd: join(HERE, 'ferretdb', 'ferretdb-postgresql.sh'),
      args: [dataDir, String(ports.port), String(ports.postgres), join(cache, 'bin', 'ferretdb')],
    }),
    ready: ({ ports }) => mongoPing(ports.port),
    env: ({ ports }) => ({ MONGO_URL: `mongodb://${local(ports.port)}/` }),
  },

  mongod: {
    install: undefined,
    ports: ['port'],
    marker: 'mongod',
    timeoutMs: 60_000,
    launch: ({ ports, dataDir }) => ({
      cmd: findExecutable('mongod'),
      args: ['--bind_ip', '127.0.0.1', '--port', String(ports.port), '--dbpath', dataDir],
    }),
    ready: ({ ports }) => mongoPing(ports.port),
    env: ({ ports }) => ({ MONGO_URL: `mongodb://${local(ports.port)}/` }),
  },

  minio: {
    install: 'minio',
    ports: ['port', 'console'],
    marker: 'minio',
    timeoutMs: 60_000,
    launch: ({ cache, ports, dataDir }) => ({
      cmd: join(cache, 'bin', 'minio'),
      args: ['server', dataDir, '--address', local(ports.port), '--console-address', local(ports.console)],
      env: { MINIO_ROOT_USER: DEV_CREDENTIALS.s3AccessKey, MINIO_ROOT_PASSWORD: DEV_CREDENTIALS.s3SecretKey },
    }),
    ready: ({ ports }) => httpOk(`http://${local(ports.port)}/minio/health/ready`),
    env: ({ ports }) => ({
      S3_ENDPOINT: `http://${local(ports.port)}`,
      S3_ACCESS_KEY: DEV_CREDENTIALS.s3AccessKey,
      S3_SECRET_KEY: DEV_CREDENTIALS.s3SecretKey,
      S3_REGION: 'us-east-1',
      MINIO_CONSOLE_URL: `http://${local(ports.console)}`,
    }),
  },

  // Debian's clamd, offline: its only signatures are the project's (clamav/*.ndb, the EICAR test
  // string), never a download. Production points CLAMD_URL at a clamd with freshclam's databases.
  clamd: {
    install: 'apt',
    ports: ['port'],
    marker: 'clamd',
    timeoutMs: 60_000,
    launch: ({ ports, dataDir, logFile }) => {
      const conf = join(dataDir, 'clamd.conf');
      writeFileSync(
        conf,
        [
          'Foreground yes',
          `TCPSocket ${ports.port}`,
          'TCPAddr 127.0.0.1',
          `DatabaseDirectory ${join(HERE, 'clamav')}`,
          `TemporaryDirectory ${dataDir}`,
          `LogFile ${logFile}`,
          'LogFileUnlock yes',
          'LogTime yes',
          // Bounds of the scan itself; the document service refuses bombs before clamd sees them.
          'StreamMaxLength 200M',
          'MaxScanSize 400M',
          'MaxFileSize 200M',
          'MaxRecursion 8',
          '',
        ].join('\n'),
      );
      return { cmd: findExecutable('clamd'), args: ['--config-file', conf] };
    },
    ready: ({ ports }) => clamdPing(ports.port),
    env: ({ ports }) => ({ CLAMD_URL: `tcp://${local(ports.port)}` }),
  },

  maildev: {
    install: 'maildev',
    ports: ['smtp', 'web'],
    marker: 'maildev',
    timeoutMs: 30_000,
    launch: ({ cache, ports, dataDir }) => ({
      cmd: process.execPath,
      args: [
        join(cache, 'maildev', 'node_modules', 'maildev', 'bin', 'maildev'),
        '--smtp',
        String(ports.smtp),
        '--web',
        String(ports.web),
        '--ip',
        '127.0.0.1',
        '--web-ip',
        '127.0.0.1',
        '--mail-directory',
        dataDir,
      ],
    }),
    ready: async ({ ports }) => (await tcpOpen(ports.smtp)) && httpOk(`http://${local(ports.web)}/email`),
    env: ({ ports }) => ({
      SMTP_URL: `smtp://${local(ports.smtp)}`,
      MAILDEV_URL: `http://${local(ports.web)}`,
    }),
  },

  keycloak: {
    install: 'keycloak',
    ports: ['port', 'management'],
    marker: 'kc.sh',
    timeoutMs: 180_000,
    launch(ctx) {
      const dist = keycloakDistDir(ctx.cache);
      const { javaHome } = JSON.parse(readFileSync(join(dist, '.certhub-install.json'), 'utf8'));
      const home = ctx.dataDir;
      prepareKeycloakHome(home, dist);
      const database = join(home, ...KEYCLOAK_DB);
      // The realm is imported only into a new database: when the realm file changed since this
      // database was made, start it again from the template so the change takes effect.
      const realmStamp = join(home, 'data', 'realm.sha256');
      const realmHash = createHash('sha256').update(readFileSync(REALM_FILE)).digest('hex');
      if (
        existsSync(database) &&
        (!existsSync(realmStamp) || readFileSync(realmStamp, 'utf8') !== realmHash)
      ) {
        say(
          '[start] keycloak: infra/keycloak/certhub-realm.json changed, re-importing it (local Keycloak users reset)',
        );
        rmSync(database, { force: true });
      }
      ctx.realmImported = !existsSync(database);
      writeFileSync(realmStamp, realmHash);
      if (ctx.realmImported) {
        mkdirSync(dirname(database), { recursive: true });
        copyFileSync(join(dist, 'certhub-template', ...KEYCLOAK_DB), database);
      }
      copyFileSync(REALM_FILE, join(home, 'data', 'import', 'certhub-realm.json'));
      return {
        cmd: join(dist, 'bin', 'kc.sh'),
        args: keycloakArgs(home, ctx.ports, true),
        env: keycloakEnv(javaHome, ctx.smtpPort ?? 1025),
      };
    },
    // The signing keys too, so that they exist before any test asks for a token: once, right after
    // a fresh start, a gateway refused a new token as "not signed by a known key" (its key fetch
    // then waits out a cooldown); asking for the keys here makes the first fetch a settled one.
    ready: async ({ ports }) =>
      (await httpOk(`http://${local(ports.management)}/health/ready`)) &&
      (await httpOk(`http://${local(ports.port)}/realms/certhub/.well-known/openid-configuration`)) &&
      httpOk(`http://${local(ports.port)}/realms/certhub/protocol/openid-connect/certs`),
    async afterReady(ctx) {
      if (ctx.realmImported || ctx.smtpPort === undefined) return;
      try {
        await ensureRealmSmtpPort(`http://${local(ctx.ports.port)}`, ctx.smtpPort);
      } catch (error) {
        throw new RuntimeError(
          `certhub-runtime: keycloak: could not point the realm at MailDev's SMTP port (${error.message}) — see ${ctx.logFile}`,
        );
      }
    },
    env: ({ ports }) => ({
      KEYCLOAK_URL: `http://${local(ports.port)}`,
      KEYCLOAK_REALM: 'certhub',
      KEYCLOAK_MANAGEMENT_URL: `http://${local(ports.management)}`,
      KEYCLOAK_ADMIN_USER: DEV_CREDENTIALS.keycloakAdminUser,
      KEYCLOAK_ADMIN_PASSWORD: DEV_CREDENTIALS.keycloakAdminPassword,
    }),
  },
};
