import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_S3_TIMEOUT_MS,
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
  /** How long the store may stay silent: what whoever fetches a presigned GET should wait, too. */
  readonly timeoutMs: number;

  constructor(
    private readonly storage: ObjectStorage,
    @Inject(PLATFORM_OPTIONS) options: PlatformOptions,
  ) {
    const s3 = options.s3 as S3Options;
    this.region = s3.region;
    this.timeoutMs = s3.timeoutMs ?? DEFAULT_S3_TIMEOUT_MS;
    // A stream cannot be sent twice: the caller answers 503 and the client retries.
    this.uploader = createS3Client(s3, { retries: false });
    this.uploader.enableSHA256 = false;
  }

  async putFile(key: string, path: string, size: number, sha256: string): Promise<void> {
    await this.send(key, path, size, '', { 'x-amz-meta-sha256': sha256 });
  }

  /** One part of a multipart upload, sent like putFile: its ETag, which completing names. */
  async putPart(key: string, uploadId: string, partNumber: number, path: string, size: number) {
    const query = new URLSearchParams({ partNumber: String(partNumber), uploadId }).toString();
    const etag = (await this.send(key, path, size, query, {})).etag;
    if (!etag) throw unavailable('upload', new Error(`no ETag for part ${partNumber} of ${key}`));
    return etag;
  }

  async startMultipart(key: string): Promise<string> {
    return this.call('upload', () =>
      this.storage.client.initiateNewMultipartUpload(DOCUMENTS_BUCKET, key, {}),
    );
  }

  async completeMultipart(key: string, uploadId: string, parts: { partNumber: number; etag: string }[]) {
    await this.call('upload', () =>
      this.storage.client.completeMultipartUpload(
        DOCUMENTS_BUCKET,
        key,
        uploadId,
        parts.map((p) => ({ part: p.partNumber, etag: p.etag })),
      ),
    );
  }

  /** Idempotent: an upload already completed or aborted is fine (expiry and completion may race). */
  async abortMultipart(key: string, uploadId: string): Promise<void> {
    try {
      await this.storage.client.abortMultipartUpload(DOCUMENTS_BUCKET, key, uploadId);
    } catch (error) {
      if ((error as { code?: string }).code === 'NoSuchUpload') return;
      throw unavailable('removal', error);
    }
  }

  private async send(
    key: string,
    path: string,
    size: number,
    query: string,
    headers: Record<string, string>,
  ): Promise<{ etag?: string }> {
    try {
      const res = await this.uploader.makeRequestStreamAsync(
        {
          method: 'PUT',
          bucketName: DOCUMENTS_BUCKET,
          objectName: key,
          query,
          headers: {
            'content-length': String(size),
            'content-type': 'application/octet-stream',
            ...headers,
          },
        },
        createReadStream(path),
        '',
        [200],
        this.region,
      );
      res.resume();
      const etag = res.headers.etag;
      return etag ? { etag: etag.replace(/^"|"$/g, '') } : {};
    } catch (error) {
      throw unavailable('upload', error);
    }
  }

  private async call<T>(what: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw unavailable(what, error);
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

  /**
   * A GET of the object anyone holding the URL may make for `seconds` (computed here, no call to
   * the store): what the gateway fetches once this service has authorised the download.
   */
  async presignedGet(key: string, seconds: number): Promise<string> {
    return this.call('download', () =>
      this.storage.client.presignedGetObject(DOCUMENTS_BUCKET, key, seconds),
    );
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
