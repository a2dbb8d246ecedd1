import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  ObjectStorage,
  PLATFORM_OPTIONS,
  createS3Client,
  type PlatformOptions,
  type S3Options,
} from '@certhub/platform';
import type { Client } from 'minio';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { DOCUMENTS_BUCKET } from '../config';

/** The S3 error stays in `cause` (logged by the caller), not on the wire. */
const unavailable = (what: string, error: unknown) =>
  Object.assign(
    new DomainError('dependency_unavailable', `the document store is unavailable (${what}): try again later`),
    { cause: error },
  );

/**
 * The bytes of documents in the S3 bucket. Reads go through the platform's ObjectStorage; writes
 * use a client of their own because minio-js's putObject reads any object smaller than its part
 * size (64 MiB) into memory first. Here the spooled file is sent as ONE streaming PUT of known
 * length with an unsigned payload (`x-amz-content-sha256: UNSIGNED-PAYLOAD`): the SHA-256 was
 * already computed while spooling, and memory stays at the stream's buffer whatever the size.
 */
@Injectable()
export class DocumentStorage {
  private readonly uploader: Client;
  private readonly region: string;

  constructor(
    private readonly storage: ObjectStorage,
    @Inject(PLATFORM_OPTIONS) options: PlatformOptions,
  ) {
    const s3 = options.s3 as S3Options;
    this.region = s3.region;
    // A stream cannot be sent twice: the caller answers 503 and the client retries.
    this.uploader = createS3Client(s3, { retries: false });
    this.uploader.enableSHA256 = false;
  }

  async putFile(key: string, path: string, size: number, sha256: string): Promise<void> {
    try {
      const res = await this.uploader.makeRequestStreamAsync(
        {
          method: 'PUT',
          bucketName: DOCUMENTS_BUCKET,
          objectName: key,
          headers: {
            'content-length': String(size),
            'content-type': 'application/octet-stream',
            'x-amz-meta-sha256': sha256,
          },
        },
        createReadStream(path),
        '',
        [200],
        this.region,
      );
      res.resume();
    } catch (error) {
      throw unavailable('upload', error);
    }
  }

  async get(key: string, range?: { start: number; end: number }): Promise<Readable> {
    try {
      return await this.storage.get(
        DOCUMENTS_BUCKET,
        key,
        range ? { offset: range.start, length: range.end - range.start + 1 } : undefined,
      );
    } catch (error) {
      throw unavailable('download', error);
    }
  }

  /** Idempotent: an object already gone is fine (purge and reconciler may race). */
  async remove(key: string): Promise<void> {
    try {
      await this.storage.remove(DOCUMENTS_BUCKET, key);
    } catch (error) {
      if ((error as { code?: string }).code === 'NoSuchKey') return;
      throw unavailable('removal', error);
    }
  }
}
