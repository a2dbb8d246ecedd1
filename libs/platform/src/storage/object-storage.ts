import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Client } from 'minio';
import type { Readable } from 'node:stream';
import { HealthRegistry } from '../health/health';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform.options';

export interface S3Options {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  region: string;
  /** Buckets this service owns; created at start when missing. */
  buckets: string[];
}

/** Any S3-compatible store (MinIO locally). Bytes only ever travel as streams. */
@Injectable()
export class ObjectStorage implements OnModuleInit {
  readonly client: Client;

  constructor(
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    private readonly health: HealthRegistry,
  ) {
    const s3 = options.s3;
    if (!s3) throw new Error('ObjectStorage needs s3 in the platform options');
    const url = new URL(s3.endpoint);
    this.client = new Client({
      endPoint: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80,
      useSSL: url.protocol === 'https:',
      accessKey: s3.accessKey,
      secretKey: s3.secretKey,
      region: s3.region,
      pathStyle: true,
    });
  }

  async onModuleInit(): Promise<void> {
    const s3 = this.options.s3 as S3Options;
    for (const bucket of s3.buckets) await this.ensureBucket(bucket);
    this.health.register({
      name: 's3',
      check: async () => {
        for (const bucket of s3.buckets) {
          if (!(await this.client.bucketExists(bucket))) throw new Error(`bucket ${bucket} is missing`);
        }
      },
    });
  }

  async ensureBucket(bucket: string): Promise<void> {
    if (await this.client.bucketExists(bucket)) return;
    try {
      await this.client.makeBucket(bucket, (this.options.s3 as S3Options).region);
    } catch (error) {
      // Another replica made it first.
      if (!/BucketAlreadyOwnedByYou|BucketAlreadyExists/.test(String((error as { code?: string }).code)))
        throw error;
    }
  }

  put(bucket: string, key: string, body: Readable, size?: number, metadata: Record<string, string> = {}) {
    return this.client.putObject(bucket, key, body, size, metadata);
  }

  get(bucket: string, key: string, range?: { offset: number; length?: number }): Promise<Readable> {
    return range
      ? this.client.getPartialObject(bucket, key, range.offset, range.length)
      : this.client.getObject(bucket, key);
  }

  remove(bucket: string, key: string): Promise<void> {
    return this.client.removeObject(bucket, key);
  }
}
