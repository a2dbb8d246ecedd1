import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';

/**
 * Where listeners' ports are chosen: below the kernel's ephemeral range. A port bound to 0 comes
 * from that range, the one outgoing connections take their source ports from, so a port found free
 * there may be some connection's source port by the time the server binds it (CI saw NATS and
 * Keycloak exit on "address already in use"). Below it, only another listener can take it.
 */
const LOWEST = 10_000;
const ephemeralStart = (() => {
  try {
    const [start] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/);
    return Number(start) > LOWEST + 1_000 ? Number(start) : 32_768;
  } catch {
    return 32_768; // not Linux: the IANA dynamic range starts higher still
  }
})();
const ATTEMPTS = 50;

function listen(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function listening(): Promise<Server> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const port = LOWEST + Math.floor(Math.random() * (ephemeralStart - LOWEST));
    const server = await listen(port);
    if (server) return server;
  }
  const server = await listen(0);
  if (!server) throw new Error('no free port on 127.0.0.1');
  return server;
}

/**
 * Ports free right now, all different: each stays held until every one is chosen, so one stack's
 * services never get the same port.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i += 1) servers.push(await listening());
    return servers.map((server) => {
      const address = server.address();
      return typeof address === 'object' && address ? address.port : 0;
    });
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/** A port free right now. */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port;
}
