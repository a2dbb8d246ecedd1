import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GenericContainer,
  Network,
  Wait,
  type StartedNetwork,
  type StartedTestContainer,
} from 'testcontainers';
import { REPO_ROOT, TEST_RUN_DIR, type RuntimeEnv } from './runtime';

/** The local runtime's NATS users for a container: the config (with `tools`), fresh passwords. */
function natsAuthForContainer(): {
  config: string;
  passwords: Record<string, string>;
  credentialsFile: string;
} {
  const rendered = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'infra/nats/permissions.mjs'), '--with-tools'],
    {
      encoding: 'utf8',
    },
  );
  if (rendered.status !== 0) throw new Error(`infra/nats/permissions.mjs failed: ${rendered.stderr}`);
  // A letter first: nats-server reads the variable as a config value (see infra/nats/permissions.mjs).
  const users = [...rendered.stdout.matchAll(/^\s*user: (\S+)$/gm)].map((m) => m[1] as string);
  const passwords = Object.fromEntries(users.map((u) => [u, `n${randomBytes(24).toString('hex')}`]));
  const credentialsFile = join(TEST_RUN_DIR, 'nats', 'credentials.json');
  mkdirSync(join(TEST_RUN_DIR, 'nats'), { recursive: true });
  writeFileSync(credentialsFile, JSON.stringify(passwords, null, 2), { mode: 0o600 });
  return { config: rendered.stdout, passwords, credentialsFile };
}

export interface StartedContainers {
  env: RuntimeEnv;
  stop: () => Promise<void>;
}

const MINIO_USER = 'certhub';
const MINIO_PASSWORD = 'certhub-dev-secret'; // local dev default
const KEYCLOAK_VERSION = '26.5.6';

/**
 * The same dependencies as infra/local, as containers: used where a Docker engine exists
 * (CERTHUB_INFRA=containers). MongoDB runs as a one-member replica set, as in production.
 */
export async function startContainers(): Promise<StartedContainers> {
  const started: StartedTestContainer[] = [];
  const keep = <T extends StartedTestContainer>(c: T) => (started.push(c), c);
  // Keycloak reaches the mail sink by its network alias; the host reaches both by mapped ports.
  const network: StartedNetwork = await new Network().start();
  const natsAuth = natsAuthForContainer();
  try {
    const [mongo, nats, minio, maildev] = await Promise.all([
      new GenericContainer('mongo:7')
        .withCommand(['--replSet', 'rs0', '--bind_ip_all'])
        .withExposedPorts(27017)
        .withWaitStrategy(Wait.forLogMessage(/Waiting for connections/))
        .start()
        .then(keep),
      new GenericContainer('nats:2.10')
        .withCommand(['-c', '/etc/nats/auth.conf', '-js', '-m', '8222'])
        .withCopyContentToContainer([{ content: natsAuth.config, target: '/etc/nats/auth.conf' }])
        .withEnvironment(
          Object.fromEntries(
            Object.entries(natsAuth.passwords).map(([user, pw]) => [
              `NATS_PASSWORD_${user.toUpperCase()}`,
              pw,
            ]),
          ),
        )
        .withExposedPorts(4222, 8222)
        .withWaitStrategy(Wait.forHttp('/healthz', 8222))
        .start()
        .then(keep),
      new GenericContainer('minio/minio:latest')
        .withCommand(['server', '/data'])
        .withEnvironment({ MINIO_ROOT_USER: MINIO_USER, MINIO_ROOT_PASSWORD: MINIO_PASSWORD })
        .withExposedPorts(9000)
        .withWaitStrategy(Wait.forHttp('/minio/health/ready', 9000))
        .start()
        .then(keep),
      new GenericContainer('maildev/maildev:2.2.1')
        .withNetwork(network)
        .withNetworkAliases('maildev')
        .withExposedPorts(1025, 1080)
        .withWaitStrategy(Wait.forHttp('/email', 1080))
        .start()
        .then(keep),
    ]);
    // The replica set must advertise an address the host can reach.
    const mongoPort = mongo.getMappedPort(27017);
    await mongo.exec([
      'mongosh',
      '--quiet',
      '--eval',
      `rs.initiate({_id:'rs0',members:[{_id:0,host:'127.0.0.1:27017'}]})`,
    ]);
    const keycloak = keep(
      await new GenericContainer(`quay.io/keycloak/keycloak:${KEYCLOAK_VERSION}`)
        .withCommand(['start-dev', '--import-realm', '--health-enabled=true'])
        .withNetwork(network)
        .withEnvironment({
          KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
          KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin',
          CERTHUB_SMTP_HOST: 'maildev',
          CERTHUB_SMTP_PORT: '1025',
        })
        .withCopyFilesToContainer([
          {
            source: join(REPO_ROOT, 'infra', 'keycloak', 'certhub-realm.json'),
            target: '/opt/keycloak/data/import/certhub-realm.json',
          },
        ])
        .withExposedPorts(8080, 9000)
        .withWaitStrategy(Wait.forHttp('/health/ready', 9000).withStartupTimeout(180_000))
        .start(),
    );
    const host = (c: StartedTestContainer, port: number) => `${c.getHost()}:${c.getMappedPort(port)}`;
    const env: RuntimeEnv = {
      NATS_URL: `nats://${host(nats, 4222)}`,
      NATS_MONITOR_URL: `http://${host(nats, 8222)}`,
      NATS_CREDENTIALS: natsAuth.credentialsFile,
      MONGO_URL: `mongodb://${mongo.getHost()}:${mongoPort}/?directConnection=true`,
      S3_ENDPOINT: `http://${host(minio, 9000)}`,
      S3_ACCESS_KEY: MINIO_USER,
      S3_SECRET_KEY: MINIO_PASSWORD,
      S3_REGION: 'us-east-1',
      KEYCLOAK_URL: `http://${host(keycloak, 8080)}`,
      KEYCLOAK_MANAGEMENT_URL: `http://${host(keycloak, 9000)}`,
      KEYCLOAK_REALM: 'certhub',
      KEYCLOAK_ADMIN_USER: 'admin',
      KEYCLOAK_ADMIN_PASSWORD: 'admin',
      SMTP_URL: `smtp://${host(maildev, 1025)}`,
      INTERNAL_TOKEN_SECRET: randomBytes(32).toString('base64url'),
      MAILDEV_URL: `http://${host(maildev, 1080)}`,
      CHROMIUM_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      // No clamd image runs offline with our test signature: the scan is tested on the local runtime's.
      MALWARE_SCAN: 'off',
    };
    return { env, stop: () => stopAll(started, network) };
  } catch (error) {
    await stopAll(started, network);
    throw error;
  }
}

async function stopAll(containers: StartedTestContainer[], network: StartedNetwork): Promise<void> {
  await Promise.all(containers.map((c) => c.stop().catch(() => undefined)));
  await network.stop().catch(() => undefined);
}
