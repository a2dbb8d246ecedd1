import { DomainError } from '@certhub/platform';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runtimeEnv } from '@certhub/testing';
import { EICAR, pdfBytes } from '../../test/support/fixtures';
import { scanFile } from './clamd';

const dir = mkdtempSync(join(tmpdir(), 'clamd-spec-'));
const fileWith = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** The runtime's clamd (Debian's clamav-daemon) with the project's test signature only. */
describe(scanFile.name, () => {
  const clamd = () => runtimeEnv().CLAMD_URL as string;
  const found = { clean: false, signature: 'Eicar-Test-Signature.UNOFFICIAL' };

  it('passes a clean file, streamed in INSTREAM chunks', async () => {
    const big = Buffer.alloc(300_000, 7);
    expect(await scanFile(clamd(), fileWith('clean', big), 5_000)).toEqual({ clean: true });
  });

  it('reports the EICAR test string alone and appended to a PDF', async () => {
    expect(await scanFile(clamd(), fileWith('eicar', EICAR), 5_000)).toEqual(found);
    const appended = Buffer.concat([pdfBytes(200_000), EICAR]);
    expect(await scanFile(clamd(), fileWith('appended.pdf', appended), 5_000)).toEqual(found);
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
