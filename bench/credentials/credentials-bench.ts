/**
 * Credentials issued per second (certificate events → signed credentials, through the service)
 * and status-list latency (a suspension event → the bit set in the published list), beside the raw
 * Ed25519 signing rate of node:crypto and of the service's KMS path, in one run. See README.md.
 */
import 'reflect-metadata';
import {
  EVENTS_STREAM,
  SYSTEM_PRINCIPAL,
  eventSubject,
  newCloudEvent,
  type CertificateData,
} from '@certhub/contracts';
import { RpcTestClient, connectNats, freePort, natsServiceEnv, runtimeEnv, uniqueId } from '@certhub/testing';
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomInt, sign } from 'node:crypto';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { certificateCredential } from '../../services/credentials/src/credentials/certificate-credential';
import { signCompactJws } from '../../services/credentials/src/kms/compact-jws';
import { LocalKms } from '../../services/credentials/src/kms/local-kms';

const ROOT = resolve(__dirname, '../../..');
const COUNT = Number(process.argv[2] ?? 500);
const SUSPENSIONS = Number(process.argv[3] ?? 20);
const SIGNATURES = 20_000;

function certificate(cbId: string, i: number): CertificateData {
  const address = { line1: `${i} rue des Lilas`, postalCode: '75011', city: 'Paris', country: 'France' };
  const siren = String(randomInt(100_000_000, 1_000_000_000));
  return {
    certificateId: uniqueId('bc'),
    number: `QC-BENCH-${i}-${randomInt(1e9)}`,
    dossierId: `dos-${i}`,
    organisationId: `org-${i}`,
    cbId,
    schemeId: 'amarc',
    schemeVersion: '2024-01',
    schemeTitle: 'AMARC — Management de la gestion des insatisfactions clients',
    level: 'Niv A',
    holder: { name: `Entreprise ${i}`, siren, address },
    sites: [{ siret: `${siren}00013`, name: 'Site 1', address }],
    scope: ['Nous mobilisons nos équipes pour vous apporter une réponse qui puisse vous satisfaire.'],
    validFrom: '2026-01-15',
    validUntil: '2029-01-14',
    issuedAt: '2026-01-15T09:30:00.000Z',
    cb: { name: 'SGS ICS', address },
    mentions: ['« liste des sites disponible auprès de l’Organisme »'],
    locale: 'fr',
  };
}

const rate = (n: number, ms: number) => `${((n * 1000) / ms).toFixed(0)}/s`;

/** The floor: Ed25519 signatures of a credential-sized payload, node:crypto alone, then through the KMS and JWS assembly. */
async function rawSigning(): Promise<{ crypto: number; kms: number }> {
  const claims = {
    ...certificateCredential(
      certificate('cb', 1),
      { did: 'did:web:x:cbs:cb', statusListUrl: (p) => p, verifyUrl: 'u' },
      1,
    ),
  };
  const input = Buffer.from(JSON.stringify(claims));
  const { privateKey } = generateKeyPairSync('ed25519');
  let started = performance.now();
  for (let i = 0; i < SIGNATURES; i++) sign(null, input, privateKey);
  const crypto = performance.now() - started;
  const kms = new LocalKms(Buffer.alloc(32, 1).toString('base64'));
  const { keyRef } = await kms.createKey();
  started = performance.now();
  for (let i = 0; i < SIGNATURES; i++)
    await signCompactJws(kms, keyRef, { alg: 'EdDSA', kid: 'k', typ: 'vc+jwt' }, claims);
  return { crypto, kms: performance.now() - started };
}

/** The built service as its own process; resolves once /readyz answers, so its start is not timed. */
async function startService(): Promise<{ stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [resolve(ROOT, 'dist/services/credentials/src/main.js')], {
    env: {
      ...process.env,
      ...runtimeEnv(),
      ...natsServiceEnv('credentials' as never),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HTTP_PORT: String(port),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntil(
    async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.ok === true,
    200,
  );
  return { stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const raw = await rawSigning();
  console.log(
    `raw Ed25519 signing, node:crypto: ${rate(SIGNATURES, raw.crypto)}; through LocalKms + JWS: ${rate(SIGNATURES, raw.kms)}`,
  );

  const service = await startService();
  const nc = await connectNats(undefined, 'tools');
  const js = nc.jetstream();
  const jsm = await nc.jetstreamManager();
  const rpc = await RpcTestClient.connect();
  try {
    const durable = 'certhub-credentials-issuer';
    await waitUntil(async () =>
      Boolean(await jsm.consumers.info(EVENTS_STREAM, durable).catch(() => undefined)),
    );
    const cbId = uniqueId('cbbench');
    const certificates = Array.from({ length: COUNT }, (_, i) => certificate(cbId, i));
    const publish = (
      type: 'certhub.certificate.issued.v1' | 'certhub.certificate.suspended.v1',
      data: object,
    ) => {
      const event = newCloudEvent(type, data, { source: 'certhub/dossier', tenantId: cbId });
      return js.publish(eventSubject(type), JSON.stringify(event), { msgID: event.id });
    };

    let started = performance.now();
    let last = 0;
    for (const c of certificates) last = (await publish('certhub.certificate.issued.v1', c)).seq;
    await waitUntil(
      async () => (await jsm.consumers.info(EVENTS_STREAM, durable)).ack_floor.stream_seq >= last,
    );
    const issuing = performance.now() - started;
    console.log(
      `${COUNT} certificates issued as credentials in ${(issuing / 1000).toFixed(2)} s = ${rate(COUNT, issuing)} (events published to credentials stored, signed)`,
    );
    console.log(
      `ratio: issuing runs at ${((COUNT / issuing / (SIGNATURES / raw.kms)) * 100).toFixed(2)} % of the raw KMS signing rate`,
    );

    const latencies: number[] = [];
    for (const c of certificates.slice(0, SUSPENSIONS)) {
      const { jwt } = await rpc.call(
        'credentials.credential.get',
        { certificateId: c.certificateId },
        SYSTEM_PRINCIPAL,
      );
      const index = Number(
        JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()).credentialStatus[1]
          .statusListIndex,
      );
      started = performance.now();
      await publish('certhub.certificate.suspended.v1', {
        certificateId: c.certificateId,
        number: c.number,
        organisationId: c.organisationId,
        cbId,
        schemeId: c.schemeId,
        at: new Date().toISOString(),
        changedBy: 'bench',
      });
      await waitUntil(async () => {
        const list = await rpc.call('credentials.status-list.get', { cbId, purpose: 'suspension' });
        const encoded = JSON.parse(Buffer.from(list.jwt.split('.')[1]!, 'base64url').toString())
          .credentialSubject.encodedList as string;
        const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
        return (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
      }, 5);
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(0);
    console.log(
      `status-list latency after a suspension (${SUSPENSIONS}, list of ${COUNT} credentials): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (promise: 5000 ms)`,
    );
  } finally {
    await rpc.close();
    await nc.close();
    service.stop();
  }
}

async function waitUntil(probe: () => Promise<boolean>, intervalMs = 50, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(intervalMs);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
