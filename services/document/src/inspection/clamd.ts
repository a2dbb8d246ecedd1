import { DomainError } from '@certhub/platform';
import { createReadStream } from 'node:fs';
import { connect, type Socket } from 'node:net';

export type ScanResult = { clean: true } | { clean: false; signature: string };

/** clamd's INSTREAM chunks; its StreamMaxLength bounds the total, not the chunk. */
const CHUNK = 64 * 1024;

const unavailable = (reason: string) =>
  new DomainError(
    'dependency_unavailable',
    `the malware scanner is unavailable (${reason}): the file was not stored, try again later`,
  );

/**
 * Scans a file with clamd's INSTREAM command over TCP (`zINSTREAM\0`, then length-prefixed chunks
 * and a zero-length terminator; clamd answers `stream: OK` or `stream: <signature> FOUND`).
 * Anything else — refused connection, timeout, an ERROR reply — is a failure, never a pass.
 */
export function scanFile(url: string, path: string, timeoutMs: number): Promise<ScanResult> {
  const { hostname, port } = new URL(url);
  return new Promise<ScanResult>((resolve, reject) => {
    let reply = '';
    let settled = false;
    const socket: Socket = connect({ host: hostname, port: Number(port || 3310) });
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      outcome();
    };
    socket.setTimeout(timeoutMs, () => finish(() => reject(unavailable(`no answer within ${timeoutMs} ms`))));
    socket.on('error', (error) => finish(() => reject(unavailable(error.message))));
    socket.on('data', (chunk: Buffer) => (reply += chunk.toString('utf8')));
    socket.on('end', () => finish(() => interpret(reply, resolve, reject)));
    socket.on('connect', () => {
      socket.write('zINSTREAM\0');
      const file = createReadStream(path, { highWaterMark: CHUNK });
      file.on('data', (data: Buffer | string) => {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        const length = Buffer.alloc(4);
        length.writeUInt32BE(bytes.length);
        if (!socket.write(Buffer.concat([length, bytes]))) {
          file.pause();
          socket.once('drain', () => file.resume());
        }
      });
      file.on('error', (error) => finish(() => reject(error)));
      file.on('end', () => socket.write(Buffer.alloc(4)));
    });
  });
}

function interpret(
  raw: string,
  resolve: (result: ScanResult) => void,
  reject: (error: unknown) => void,
): void {
  const reply = raw.replace(/\0/g, '').trim();
  if (/^stream: OK$/.test(reply)) return resolve({ clean: true });
  const found = /^stream: (.+) FOUND$/.exec(reply);
  if (found?.[1]) return resolve({ clean: false, signature: found[1] });
  reject(unavailable(`unexpected reply "${reply.slice(0, 120)}"`));
}
