import { DomainError } from '@certhub/platform';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { SNIFF_BYTES } from '../../inspection/sniff';

export interface Spooled {
  path: string;
  size: number;
  sha256: string;
  /** The first bytes, for the magic-number check. */
  head: Buffer;
}

/**
 * Streams an upload to a file of the spool folder, hashing it on the way, and refuses it (the
 * file removed) as soon as it passes `maxBytes`. The request is never piped with `pipeline`,
 * which would destroy it on refusal: the caller must still be able to answer 413 on it.
 */
export function spool(body: Readable, dir: string, maxBytes: number): Promise<Spooled> {
  const path = join(dir, `certhub-upload-${randomUUID()}`);
  const file = createWriteStream(path);
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let size = 0;
  let settled = false;

  return new Promise<Spooled>((resolve, reject) => {
    const fail = (error: DomainError) => {
      if (settled) return;
      settled = true;
      body.removeListener('data', onData);
      file.destroy();
      void rm(path, { force: true }).finally(() => reject(error));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        fail(new DomainError('payload_too_large', `the file is larger than ${maxBytes} bytes`, { maxBytes }));
        return;
      }
      hash.update(chunk);
      if (headBytes < SNIFF_BYTES) {
        head.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
        headBytes += Math.min(chunk.length, SNIFF_BYTES - headBytes);
      }
      if (!file.write(chunk)) {
        body.pause();
        file.once('drain', () => body.resume());
      }
    };
    body.on('data', onData);
    body.once('end', () => {
      if (settled) return;
      if (size === 0)
        return fail(new DomainError('validation_failed', 'the request body is empty: send the file'));
      file.end(() => {
        if (settled) return;
        settled = true;
        resolve({ path, size, sha256: hash.digest('hex'), head: Buffer.concat(head) });
      });
    });
    body.once('aborted', () => fail(new DomainError('bad_request', 'the upload was interrupted')));
    body.once('error', () => fail(new DomainError('bad_request', 'the upload could not be read')));
    body.once('close', () => {
      if (!body.readableEnded) fail(new DomainError('bad_request', 'the upload was interrupted'));
    });
    file.once('error', (error) =>
      fail(
        Object.assign(new DomainError('dependency_unavailable', 'the upload could not be spooled'), {
          cause: error,
        }),
      ),
    );
  });
}
