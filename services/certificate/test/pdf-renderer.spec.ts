import { HealthRegistry } from '@certhub/platform';
import { runtimeEnv, waitFor } from '@certhub/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PdfRenderer } from '../src/rendering/pdf-renderer';

describe(PdfRenderer.name, () => {
  const sut = new PdfRenderer({ CHROMIUM_PATH: runtimeEnv().CHROMIUM_PATH } as never, new HealthRegistry());
  afterAll(() => sut.onApplicationShutdown());

  it('drives Chromium to print an HTML page into a real PDF', async () => {
    const pdf = await sut.render(
      '<html><body><h1>Certificat n° CB-2026-0001</h1><p>Valide jusqu’au 25/11/2029</p></body></html>',
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(mkdtempSync(join(tmpdir(), 'certhub-pdf-')), 'c.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Certificat n° CB-2026-0001');
    expect(text).toContain('Valide jusqu’au 25/11/2029');
  });

  it('reuses one warm browser and relaunches it after a crash', async () => {
    const first = await sut.browserPid();
    await sut.render('<p>again</p>');
    expect(await sut.browserPid()).toBe(first);

    process.kill(first as number, 'SIGKILL');
    await waitFor('the renderer to notice the crash', async () => (await sut.browserPid()) !== first, {
      timeoutMs: 10_000,
    });
    const pdf = await sut.render('<p>after the crash</p>');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
