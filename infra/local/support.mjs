// Generic helpers of the local runtime: progress lines, commands, ports, probes and
// detached processes. Node builtins only.
import { spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  closeSync,
  constants,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** An expected failure: its message is the single line the CLI prints. */
export class RuntimeError extends Error {}

/** Progress goes to stderr so that stdout carries only the env (`start > .env` works). */
export const say = (line) => process.stderr.write(`${line}\n`);
export const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function findExecutable(name, extraDirs = ['/usr/local/bin', '/usr/bin', '/usr/sbin', '/sbin']) {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), ...extraDirs]) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Runs a command to completion with its output appended to logFile; resolves to the exit code (-1: could not spawn). */
export function run(cmd, args, { logFile, env = process.env, cwd } = {}) {
  mkdirSync(join(logFile, '..'), { recursive: true });
  const fd = openSync(logFile, 'a');
  writeSync(fd, `\n=== ${new Date().toISOString()} ${cmd} ${args.join(' ')}\n`);
  return new Promise((resolve) => {
    let done = false;
    const finish = (code) => {
      if (done) return;
      done = true;
      closeSync(fd);
      resolve(code);
    };
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', fd, fd] });
    child.once('error', (error) => {
      writeSync(fd, `${error.message}\n`);
      finish(-1);
    });
    child.once('close', (code) => finish(code ?? -1));
  });
}

/** Runs a short command and returns its trimmed stdout, or undefined when it fails. */
export function capture(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000, ...options });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

const listen = (port) =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

/**
 * Ports are chosen below the kernel's ephemeral range. A port bound to 0 comes from that range,
 * the one outgoing connections take their source ports from, so a port found free there may be
 * some connection's source port by the time the component binds it (CI saw Keycloak's management
 * interface exit on "address already in use"). Below it, only another listener can take it.
 * libs/testing/src/ports.ts chooses the ports of test services the same way.
 */
const LOWEST_PORT = 10_000;
const EPHEMERAL_START = (() => {
  try {
    const [start] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/);
    return Number(start) > LOWEST_PORT + 1_000 ? Number(start) : 32_768;
  } catch {
    return 32_768; // not Linux: the IANA dynamic range starts higher still
  }
})();

async function listenBelowEphemeral() {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const server = await listen(LOWEST_PORT + Math.floor(Math.random() * (EPHEMERAL_START - LOWEST_PORT)));
    if (server) return server;
  }
  return listen(0);
}

/**
 * Picks one free 127.0.0.1 port per name, keeping a preferred port when it is still free. All
 * sockets stay open until every port is chosen, so the ports are distinct.
 */
export async function allocatePorts(names, preferred = {}) {
  const servers = [];
  const ports = {};
  try {
    for (const name of names) {
      const server = (preferred[name] && (await listen(preferred[name]))) || (await listenBelowEphemeral());
      if (!server) throw new RuntimeError(`certhub-runtime: no free port on 127.0.0.1`);
      servers.push(server);
      ports[name] = server.address().port;
    }
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
  return ports;
}

export async function httpOk(url, timeoutMs = 2_000) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Sends one message on a fresh connection and resolves to the bytes read until `complete` says so. */
function exchange(port, message, complete, timeoutMs = 2_000) {
  return new Promise((resolve) => {
    let received = Buffer.alloc(0);
    const socket = connect({ host: '127.0.0.1', port });
    const end = (value) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(timeoutMs, () => end(undefined));
    socket.once('error', () => end(undefined));
    socket.once('connect', () => (message ? socket.write(message) : end(received)));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (complete(received)) end(received);
    });
    socket.once('end', () => end(received));
  });
}

export const tcpOpen = async (port) => (await exchange(port, undefined, () => true)) !== undefined;

/** clamd's `zPING` answered `PONG`: its signatures are loaded and it scans. */
export const clamdPing = async (port) =>
  (await exchange(port, Buffer.from('zPING\0'), (b) => b.includes(0)))?.toString('latin1') === 'PONG\0';

/** A MongoDB wire-protocol `{ ping: 1 }` (OP_MSG) that must answer `ok: 1.0`: the server serves commands, not just accepts sockets. */
export async function mongoPing(port) {
  const cstring = (s) => Buffer.from(`${s}\0`);
  const int32 = (n) => {
    const b = Buffer.alloc(4);
    b.writeInt32LE(n);
    return b;
  };
  const element = (type, name, value) => Buffer.concat([Buffer.from([type]), cstring(name), value]);
  const body = Buffer.concat([
    element(0x10, 'ping', int32(1)), // int32
    element(0x02, '$db', Buffer.concat([int32(6), cstring('admin')])), // string
    Buffer.from([0x00]),
  ]);
  const doc = Buffer.concat([int32(body.length + 4), body]);
  const payload = Buffer.concat([int32(0), Buffer.from([0x00]), doc]); // flagBits, section kind 0
  const header = Buffer.concat([int32(16 + payload.length), int32(1), int32(0), int32(2013)]); // OP_MSG
  const reply = await exchange(
    port,
    Buffer.concat([header, payload]),
    (b) => b.length >= 4 && b.length >= b.readInt32LE(0),
  );
  // Servers encode `ok` as the double 1.0: element type 0x01, name "ok", then 1.0 little-endian.
  const okTrue = Buffer.from([0x01, 0x6f, 0x6b, 0x00, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f]);
  return reply !== undefined && reply.includes(okTrue);
}

export function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

const groupAlive = (pid) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** The pid is alive and its command line mentions `marker` (protects against a recycled pid). */
export function pidIsOurs(pid, marker) {
  if (!pidAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
  } catch {
    return process.platform !== 'linux'; // no /proc to check against
  }
}

/** Ends a process group started with `detached: true`: SIGTERM, then SIGKILL after the grace period. */
export async function killGroup(pid, graceMs = 15_000) {
  const signal = (name) => {
    try {
      process.kill(-pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
  if (!groupAlive(pid)) return;
  signal('SIGKILL');
  const killDeadline = Date.now() + 5_000;
  while (groupAlive(pid) && Date.now() < killDeadline) await sleep(100);
}

/**
 * Starts a long-running process in its own process group with stdout/stderr appended to logFile,
 * not tied to this process. Resolves to the ChildProcess once spawned; rejects when it cannot be spawned.
 */
export function spawnDetached(cmd, args, { env, cwd, logFile }) {
  mkdirSync(join(logFile, '..'), { recursive: true });
  const fd = openSync(logFile, 'a');
  writeSync(fd, `\n=== ${new Date().toISOString()} ${cmd} ${args.join(' ')}\n`);
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', fd, fd], env, cwd });
  closeSync(fd);
  child.unref();
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child));
    child.once('error', (error) => {
      writeFileSync(logFile, `${error.message}\n`, { flag: 'a' });
      reject(error);
    });
  });
}

/** A cross-process lock (mkdir is atomic); a lock whose owner died is taken over. */
export async function withLock(dir, fn) {
  mkdirSync(join(dir, '..'), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let owner = 0;
      try {
        owner = Number(readFileSync(join(dir, 'pid'), 'utf8'));
      } catch {
        // the owner is between mkdir and writing its pid
      }
      const young = Date.now() - (statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 10_000;
      if (!(owner ? pidAlive(owner) : young)) {
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (!announced) say(`[install] waiting for another install (pid ${owner || '?'}) to finish …`);
      announced = true;
      await sleep(1_000);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
