import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { S3Error, type Client } from 'minio';
import type { Readable } from 'node:stream';
import { DomainError } from '../errors/domain-error';
import { HealthRegistry } from '../health/health';
import { PLATFORM_OPTIONS, type PlatformOptions } from '../platform.options';
import { S3TimeoutError, createS3Client, type S3Options } from './s3-client';

export { createS3Client, DEFAULT_S3_TIMEOUT_MS, S3TimeoutError, type S3Options } from './s3-client';

/** S3 answers that say the store is busy or down rather than that the request is wrong. */
const BUSY = new Set(['ServiceUnavailable', 'SlowDown', 'InternalError', 'XMinioServerNotInitialized']);
/** Socket errors of a store that is down, unreachable or gone mid-call. */
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
]);

/**
 * True when the store did not answer (refused, reset, silent past the timeout) or answered that it
 * cannot serve now (a 5xx, after minio-js's own retry); false for a real answer about the object
 * (NoSuchKey, AccessDenied…) and for a refused argument.
 */
export function isS3Unavailable(error: unknown): boolean {
  if (error instanceof S3TimeoutError) return true;
  if (error instanceof S3Error) return BUSY.has(String(error.code));
  const { code, message } = error as { code?: unknown; message?: unknown };
  return NETWORK.has(String(code)) || /socket hang up|Retryable HTTP status: 5/.test(String(message));
}

/**
 * The object store's failure as callers see it: 503 dependency_unavailable (Retry-After at the
 * gateway), the cause (an internal address) kept for the log only. Other errors pass unchanged.
 */
export function s3Failure(error: unknown, what = 'the object store'): unknown {
  if (error instanceof DomainError || !isS3Unavailable(error)) return error;
  return Object.assign(
    new DomainError('dependency_unavailable', `${what} is unavailable: try again in a moment`),
    { cause: error },
  );
}

/** Any S3-compatible store (MinIO locally). Bytes only ever travel as streams. */
@Injectable()
export class ObjectStorage implements OnModuleInit {
  readonly client: Client;
  private readonly logger = new Logger(ObjectStorage.name);

  constructor(
    @Inject(PLATFORM_OPTIONS) private readonly options: PlatformOptions,
    private readonly health: HealthRegistry,
  ) {
    if (!options.s3) throw new Error('ObjectStorage needs s3 in the platform options');
    this.client = createS3Client(options.s3);
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
    return this.guard('put', key, this.client.putObject(bucket, key, body, size, metadata));
  }

  get(bucket: string, key: string, range?: { offset: number; length?: number }): Promise<Readable> {
    return this.guard(
      'get',
      key,
      range
        ? this.client.getPartialObject(bucket, key, range.offset, range.length)
        : this.client.getObject(bucket, key),
    );
  }

  remove(bucket: string, key: string): Promise<void> {
    return this.guard('remove', key, this.client.removeObject(bucket, key));
  }

  private async guard<T>(what: string, key: string, call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      const failure = s3Failure(error);
      if (failure !== error) this.logger.warn(`S3 ${what} ${key} failed: ${String(error)}`);
      throw failure;
    }
  }
}
