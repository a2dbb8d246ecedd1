import { Client } from 'minio';
import * as http from 'node:http';
import * as https from 'node:https';

export interface S3Options {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  region: string;
  /** Buckets this service owns; created at start when missing. */
  buckets: string[];
  /**
   * The longest silence on an S3 socket — connecting, waiting for the answer, or mid-transfer —
   * before the call fails (a frozen store must not hold a request for as long as it is frozen).
   */
  timeoutMs?: number;
}

export const DEFAULT_S3_TIMEOUT_MS = 20_000;

/** An S3 socket stayed silent past its bound; callers answer it as dependency_unavailable. */
export class S3TimeoutError extends Error {
  override readonly name = 'S3TimeoutError';
}

/**
 * The one place a minio-js client is built (path-style, for MinIO and any S3). minio-js waits on
 * its sockets without limit, so every request goes through a transport that arms Node's socket
 * idle timeout before the connection is even made and destroys the request when it fires.
 * `retries: false` for requests whose body is a stream, which cannot be sent twice.
 */
export function createS3Client(s3: S3Options, { retries = true }: { retries?: boolean } = {}): Client {
  const url = new URL(s3.endpoint);
  const secure = url.protocol === 'https:';
  const timeoutMs = s3.timeoutMs ?? DEFAULT_S3_TIMEOUT_MS;
  const base = secure ? https : http;
  const transport = {
    request(options: http.RequestOptions, callback?: (res: http.IncomingMessage) => void) {
      const req = base.request({ ...options, timeout: timeoutMs }, callback);
      req.on('timeout', () =>
        req.destroy(new S3TimeoutError(`the object store stayed silent for ${timeoutMs} ms`)),
      );
      return req;
    },
  };
  return new Client({
    endPoint: url.hostname,
    port: url.port ? Number(url.port) : secure ? 443 : 80,
    useSSL: secure,
    accessKey: s3.accessKey,
    secretKey: s3.secretKey,
    region: s3.region,
    pathStyle: true,
    transport: transport as unknown as typeof http,
    ...(retries ? {} : { retryOptions: { disableRetry: true } }),
  });
}
