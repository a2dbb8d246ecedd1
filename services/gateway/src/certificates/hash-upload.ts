import { DomainError } from '@certhub/platform';
import type { Request } from 'express';
import { createHash } from 'node:crypto';

/**
 * After a refusal the rest of the body is still read (and dropped) so that the client, which is
 * still sending, receives the 413 instead of a reset connection; past this many times the limit,
 * the upload is abusive and the connection is cut.
 */
const DRAIN_FACTOR = 4;

/**
 * SHA-256 of a request body as it streams in: never held in memory whole, refused as soon as it
 * passes `maxBytes` (or declares more).
 */
export function hashUpload(req: Request, maxBytes: number): Promise<{ sha256: string; size: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let size = 0;
    let settled = false;
    const fail = (error: DomainError) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const tooLarge = () =>
      fail(new DomainError('payload_too_large', `the file is larger than ${maxBytes} bytes`, { maxBytes }));

    if (Number(req.headers['content-length'] ?? 0) > maxBytes) tooLarge();
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes * DRAIN_FACTOR) req.destroy();
      else if (size > maxBytes) tooLarge();
      else if (!settled) hash.update(chunk);
    });
    req.on('end', () => {
      if (size === 0) fail(new DomainError('validation_failed', 'the request body is empty: send the PDF'));
      if (settled) return;
      settled = true;
      resolve({ sha256: hash.digest('hex'), size });
    });
    req.on('error', () => fail(new DomainError('bad_request', 'the upload could not be read')));
    req.on('close', () => fail(new DomainError('bad_request', 'the upload was interrupted')));
  });
}
