import { createServer, type AddressInfo } from 'node:net';
import { EICAR } from './fixtures';

/**
 * A stand-in for clamd speaking its INSTREAM protocol (`zINSTREAM\0`, 4-byte big-endian length
 * + chunk…, a zero length to end), answering `stream: Eicar-Signature FOUND` when the EICAR test
 * string is in the stream and `stream: OK` otherwise. Debian's clamav-daemon needs a signature
 * database downloaded from the Internet, which this machine has not: the protocol is what certhub
 * owns, and it is exercised here byte for byte.
 */
export async function startFakeClamd(): Promise<{ url: string; received: number[]; close: () => void }> {
  const received: number[] = [];
  const server = createServer((socket) => {
    let buffer = Buffer.alloc(0);
    let commandRead = false;
    const chunks: Buffer[] = [];
    socket.on('data', (data: Buffer) => {
      buffer = Buffer.concat([buffer, data]);
      if (!commandRead) {
        const end = buffer.indexOf(0);
        if (end < 0) return;
        if (buffer.subarray(0, end).toString() !== 'zINSTREAM') return void socket.end('UNKNOWN COMMAND\0');
        commandRead = true;
        buffer = buffer.subarray(end + 1);
      }
      while (buffer.length >= 4) {
        const length = buffer.readUInt32BE(0);
        if (length === 0) {
          const stream = Buffer.concat(chunks);
          received.push(stream.length);
          return void socket.end(stream.includes(EICAR) ? 'stream: Eicar-Signature FOUND\0' : 'stream: OK\0');
        }
        if (buffer.length < 4 + length) return;
        chunks.push(buffer.subarray(4, 4 + length));
        buffer = buffer.subarray(4 + length);
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `tcp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => server.close(),
  };
}
