import { Client } from 'minio';
import mongoose from 'mongoose';
import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { RpcTestClient, type RuntimeEnv } from '@certhub/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { startBuiltService } from '../shared/built-service';
import { CpuMeter, PrivateNats, RssSampler, runtimePid, runtimeEnv } from './infra';

const BUCKET = 'certhub-documents';
const MiB = 1024 * 1024;
const { values } = parseArgs({
  options: {
    uploads: { type: 'string', default: '50' },
    mib: { type: 'string', default: '8' },
    // A profile, not a figure: what the service path costs without its malware scan.
    'no-scan': { type: 'boolean', default: false },
  },
});
const SCAN = !values['no-scan'];
const N = Number(values.uploads);
const SIZE = Number(values.mib) * MiB;
const BLOCK = randomBytes(MiB);
const RUN = randomUUID().slice(0, 8);
const agent = new Agent({ keepAlive: true, maxSockets: 1024 });

/**
 * File i of the run: a PDF header naming it (so every SHA-256 differs and the type check passes)
 * and random blocks, generated as it is read so that the bench itself holds no file whole.
 */
function file(i: number): Readable {
  const head = Buffer.from(`%PDF-1.7\n% certhub bench ${RUN} file ${i}\n`);
  let sent = 0;
  return Readable.from(
    (function* () {
      yield head;
      sent = head.length;
      while (sent < SIZE) {
        const chunk = BLOCK.subarray(0, Math.min(BLOCK.length, SIZE - sent));
        sent += chunk.length;
        yield chunk;
      }
    })(),
  );
}

async function drain(stream: NodeJS.ReadableStream): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  return bytes;
}

async function timed<T>(work: () => Promise<T[]>): Promise<{ seconds: number; results: T[] }> {
  const started = process.hrtime.bigint();
  const results = await work();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, results };
}

function s3Client(env: RuntimeEnv): Client {
  const url = new URL(env.S3_ENDPOINT);
  return new Client({
    endPoint: url.hostname,
    port: Number(url.port),
    useSSL: false,
    accessKey: env.S3_ACCESS_KEY,
    secretKey: env.S3_SECRET_KEY,
    region: env.S3_REGION,
    pathStyle: true,
  });
}

async function token(env: RuntimeEnv): Promise<string> {
  const res = await fetch(`${env.KEYCLOAK_URL}/realms/${env.KEYCLOAK_REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'certhub-dev-cli',
      username: 'org.admin@certhub.local',
      password: 'Certhub-dev-2026',
      scope: 'openid',
    }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: ${res.status}`);
  return body.access_token;
}

/** Registers the upload context as the dossier service would (SYSTEM principal, over NATS). */
async function registerContext(natsUrl: string, contextId: string): Promise<void> {
  const rpc = await RpcTestClient.connect(natsUrl, { timeoutMs: 10_000 });
  try {
    await rpc.call(
      'document.contexts.upsert',
      {
        contextId,
        kind: 'dossier_question',
        ownerTenantId: 'org-demo',
        readers: [],
        writers: [{ tenantType: 'organisation', tenantId: 'org-demo' }],
        rules: { accept: ['pdf'], maxBytes: 2 * SIZE, maxCount: 10 * N },
        retentionDays: 1,
      },
      SYSTEM_PRINCIPAL,
    );
  } finally {
    await rpc.close();
  }
}

function gatewayUpload(base: string, bearer: string, contextId: string, i: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const query = new URLSearchParams({ contextId, filename: `bench-${i}.pdf` });
    const req = request(`${base}/api/v1/documents?${query.toString()}`, {
      method: 'POST',
      agent,
      headers: {
        authorization: `Bearer ${bearer}`,
        'content-type': 'application/octet-stream',
        'content-length': String(SIZE),
      },
    });
    req.once('error', reject);
    req.once('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () =>
        res.statusCode === 201
          ? resolve((JSON.parse(text) as { documentId: string }).documentId)
          : reject(new Error(`upload ${i}: ${res.statusCode} ${text}`)),
      );
    });
    file(i).pipe(req);
  });
}

function gatewayDownload(base: string, bearer: string, documentId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/v1/documents/${documentId}/content`, {
      agent,
      headers: { authorization: `Bearer ${bearer}` },
    });
    req.once('error', reject);
    req.once('response', (res) => {
      if (res.statusCode !== 200) return reject(new Error(`download ${documentId}: ${res.statusCode}`));
      drain(res).then(resolve, reject);
    });
    req.end();
  });
}

const mbps = (bytes: number, seconds: number) => (bytes / MiB / seconds).toFixed(1);
const mib = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;

async function main(): Promise<void> {
  const env = runtimeEnv();
  const nats = PrivateNats.start();
  const prefix = `bench_docs_${RUN}`;
  const s3 = s3Client(env);
  const s3Env = {
    S3_ENDPOINT: env.S3_ENDPOINT,
    S3_ACCESS_KEY: env.S3_ACCESS_KEY,
    S3_SECRET_KEY: env.S3_SECRET_KEY,
    S3_REGION: env.S3_REGION,
  };
  const document = await startBuiltService('document', {
    NODE_ENV: 'production',
    NATS_URL: nats.url,
    MONGO_URL: env.MONGO_URL,
    MONGO_DB_PREFIX: prefix,
    // Every upload is scanned: the service refuses to start without the runtime's ClamAV daemon,
    // and refuses MALWARE_SCAN=off in production.
    ...(SCAN
      ? { CLAMD_URL: env['CLAMD_URL'] ?? '' }
      : { CLAMD_URL: '', MALWARE_SCAN: 'off', NODE_ENV: 'development' }),
    ...s3Env,
  });
  const gateway = await startBuiltService('gateway', {
    NODE_ENV: 'production',
    NATS_URL: nats.url,
    KEYCLOAK_URL: env.KEYCLOAK_URL,
    KEYCLOAK_REALM: env.KEYCLOAK_REALM,
    DOCUMENT_URL: document.url,
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const directKeys = Array.from({ length: N }, (_, i) => `bench/${RUN}/${i}`);
  let documentIds: string[] = [];
  try {
    const contextId = `bench:${RUN}`;
    await registerContext(nats.url, contextId);
    const bearer = await token(env);
    const total = N * SIZE;
    console.log(`${N} concurrent uploads then downloads of ${SIZE / MiB} MiB (${mib(total)} each way)`);
    if (!SCAN) console.log('MALWARE SCAN OFF (--no-scan): a profile of the rest of the path, not a figure');

    const pids = { gateway: gateway.pid, document: document.pid };
    const others = Object.fromEntries(
      ['minio', 'clamd'].flatMap((name) => {
        const pid = runtimePid(env, name);
        return pid ? [[name, pid]] : [];
      }),
    );
    const cpu: [string, Record<string, number>][] = [];
    const metered = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
      const meter = new CpuMeter({ ...others, ...pids });
      const result = await work();
      cpu.push([phase, meter.stop()]);
      return result;
    };

    const directUp = await metered('upload, direct', () =>
      timed(() => Promise.all(directKeys.map((key, i) => s3.putObject(BUCKET, key, file(i), SIZE)))),
    );
    const directDown = await metered('download, direct', () =>
      timed(() => Promise.all(directKeys.map(async (key) => drain(await s3.getObject(BUCKET, key))))),
    );

    const upRss = new RssSampler(pids);
    upRss.start();
    const viaUp = await metered('upload, via gateway', () =>
      timed(() =>
        Promise.all(Array.from({ length: N }, (_, i) => gatewayUpload(gateway.url, bearer, contextId, i))),
      ),
    );
    const upMemory = upRss.stop();
    documentIds = viaUp.results;
    const downRss = new RssSampler(pids);
    downRss.start();
    const viaDown = await metered('download, via gateway', () =>
      timed(() => Promise.all(documentIds.map((id) => gatewayDownload(gateway.url, bearer, id)))),
    );
    const downMemory = downRss.stop();
    if (viaDown.results.some((b) => b !== SIZE) || directDown.results.some((b) => b !== SIZE)) {
      throw new Error('a download did not return the whole file');
    }

    const rows = [
      ['upload', directUp.seconds, viaUp.seconds, upMemory],
      ['download', directDown.seconds, viaDown.seconds, downMemory],
    ] as const;
    console.log('');
    console.log(
      '           MinIO client direct   through gateway + document   ratio   RSS growth gateway / document (baseline → peak)',
    );
    for (const [what, direct, via, memory] of rows) {
      const g = memory['gateway'] as { baseline: number; peak: number; growth: number };
      const d = memory['document'] as { baseline: number; peak: number; growth: number };
      console.log(
        `${what.padEnd(10)} ${`${mbps(total, direct)} MiB/s (${direct.toFixed(2)} s)`.padEnd(21)} ` +
          `${`${mbps(total, via)} MiB/s (${via.toFixed(2)} s)`.padEnd(28)} ${(direct / via).toFixed(2).padEnd(7)} ` +
          `+${mib(g.growth)} (${mib(g.baseline)} → ${mib(g.peak)}) / +${mib(d.growth)} (${mib(d.baseline)} → ${mib(d.peak)})`,
      );
    }
    const names = ['self', ...Object.keys(others), ...Object.keys(pids)];
    const label = (name: string) => (name === 'self' ? 'clients' : name);
    console.log('\nCPU seconds per phase (user + system; 2 cores give 2 per second of wall time)');
    console.log(`${'phase'.padEnd(22)} ${names.map((n) => label(n).padStart(9)).join(' ')}     total`);
    for (const [phase, used] of cpu) {
      const all = names.reduce((sum, n) => sum + (used[n] ?? 0), 0);
      console.log(
        `${phase.padEnd(22)} ${names.map((n) => (used[n] ?? 0).toFixed(2).padStart(9)).join(' ')} ${all.toFixed(2).padStart(9)}`,
      );
    }
    console.log(`\n(for scale: the ${N} files together are ${mib(total)}; one file is ${mib(SIZE)})`);
  } finally {
    await Promise.all(directKeys.map((key) => s3.removeObject(BUCKET, key).catch(() => undefined)));
    for (const id of documentIds) {
      for await (const object of s3.listObjectsV2(BUCKET, `documents/${id}/`, true)) {
        await s3.removeObject(BUCKET, (object as { name: string }).name).catch(() => undefined);
      }
    }
    const db = await mongoose.createConnection(env.MONGO_URL, { dbName: `${prefix}_document` }).asPromise();
    await db.dropDatabase().catch(() => undefined);
    await db.close();
    await Promise.all([gateway.stop(), document.stop()]);
    nats.stop();
    agent.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  // The other transfers of a failed phase are still in flight and would keep the process alive.
  process.exit(1);
});
