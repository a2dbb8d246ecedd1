import { HealthRegistry, ObjectStorage } from '../src';
import { runtimeEnv, uniqueId } from '@certhub/testing';
import { createHash, randomBytes } from 'node:crypto';
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
