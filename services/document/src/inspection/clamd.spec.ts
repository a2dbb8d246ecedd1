import { DomainError } from '@certhub/platform';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EICAR } from '../../test/support/fixtures';
import { startFakeClamd } from '../../test/support/fake-clamd';
import { scanFile } from './clamd';

const dir = mkdtempSync(join(tmpdir(), 'clamd-spec-'));
const fileWith = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe(scanFile.name, () => {
  let clamd: Awaited<ReturnType<typeof startFakeClamd>>;
  beforeAll(async () => (clamd = await startFakeClamd()));
  afterAll(() => clamd.close());

  it('passes a clean file, streamed in INSTREAM chunks', async () => {
    const big = Buffer.alloc(300_000, 7);
    expect(await scanFile(clamd.url, fileWith('clean', big), 5_000)).toEqual({ clean: true });
    expect(clamd.received.at(-1)).toBe(big.length);
  });

  it('reports the EICAR test file with its signature', async () => {
    expect(await scanFile(clamd.url, fileWith('eicar', EICAR), 5_000)).toEqual({
      clean: false,
      signature: 'Eicar-Signature',
    });
  });

  it('fails, never passes, when clamd is down, silent or answers an error', async () => {
    const down = await freeUrl();
    const silent = createServer(() => undefined);
    const erroring = createServer((socket) => socket.end('INSTREAM size limit exceeded. ERROR\0'));
    await Promise.all([listen(silent), listen(erroring)]);
    try {
      for (const url of [down, urlOf(silent), urlOf(erroring)]) {
        const error = await scanFile(url, fileWith('x', Buffer.from('x')), 300).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe('dependency_unavailable');
      }
    } finally {
      silent.close();
      erroring.close();
    }
  });
});

const listen = (server: Server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const urlOf = (server: Server) => `tcp://127.0.0.1:${(server.address() as AddressInfo).port}`;
async function freeUrl(): Promise<string> {
  const server = createServer();
  await listen(server);
  const url = urlOf(server);
  await new Promise((resolve) => server.close(resolve));
  return url;
}
