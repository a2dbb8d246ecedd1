import { DomainError, HealthRegistry, ObjectStorage } from '../src';
import { runtimeEnv, uniqueId } from '@certhub/testing';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

describe('object storage on a real S3 API (MinIO)', () => {
  const env = runtimeEnv();
  const bucket = uniqueId('test-').toLowerCase();
  const health = new HealthRegistry();
  const sut = new ObjectStorage(
    {
      service: 'test',
      namespace: 'test',
      logLevel: 'warn',
      s3: {
        endpoint: env.S3_ENDPOINT,
        accessKey: env.S3_ACCESS_KEY,
        secretKey: env.S3_SECRET_KEY,
        region: env.S3_REGION,
        buckets: [bucket],
      },
    },
    health,
  );

  beforeAll(() => sut.onModuleInit());

  it('stores a streamed file and gives it back byte for byte', async () => {
    const bytes = randomBytes(9 * 1024 * 1024 + 17); // spans several multipart chunks
    const key = `${uniqueId()}/proof.bin`;
    // Streamed in chunks of unknown total size: the client must not need it whole.
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < bytes.length; i += 64 * 1024) yield bytes.subarray(i, i + 64 * 1024);
      })(),
    );
    await sut.put(bucket, key, source);

    const hash = createHash('sha256');
    let length = 0;
    for await (const chunk of await sut.get(bucket, key)) {
      hash.update(chunk as Buffer);
      length += (chunk as Buffer).length;
    }
    expect(length).toBe(bytes.length);
    expect(hash.digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('serves a byte range', async () => {
    const key = `${uniqueId()}/range.txt`;
    await sut.put(bucket, key, Readable.from([Buffer.from('0123456789')]));
    const chunks: Buffer[] = [];
    for await (const chunk of await sut.get(bucket, key, { offset: 3, length: 4 }))
      chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('3456');
  });

  it('reports the bucket in readiness', async () => {
    expect((await health.readiness()).checks['s3']?.status).toBe('up');
  });
});

describe('object storage that stops answering', () => {
  it('fails every call as dependency_unavailable after S3_TIMEOUT_MS of silence, never hangs', async () => {
    // A store that accepts connections and then says nothing (as a frozen MinIO does).
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const sut = new ObjectStorage(
      {
        service: 'test',
        namespace: 'test',
        logLevel: 'warn',
        s3: {
          endpoint: `http://127.0.0.1:${port}`,
          accessKey: 'k',
          secretKey: 'secret-key',
          region: 'us-east-1',
          buckets: [],
          timeoutMs: 300,
        },
      },
      new HealthRegistry(),
    );
    try {
      for (const call of [
        () => sut.get('bucket', 'key'),
        () => sut.remove('bucket', 'key'),
        () => sut.put('bucket', 'key', Readable.from([Buffer.from('x')]), 1),
      ]) {
        const started = Date.now();
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe('dependency_unavailable');
        expect((error as DomainError).message).not.toMatch(/127\.0\.0\.1/);
        expect((error as { cause?: Error }).cause?.name).toBe('S3TimeoutError');
        expect(Date.now() - started).toBeGreaterThanOrEqual(290);
        expect(Date.now() - started).toBeLessThan(5_000);
      }
      // An argument the client refuses is not an outage.
      const refused = await sut.get('b', 'key').catch((e: unknown) => e);
      expect(refused).not.toBeInstanceOf(DomainError);
    } finally {
      silent.close();
    }
  });
});
