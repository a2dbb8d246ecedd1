import { HealthRegistry, Metrics } from '@certhub/platform';
import { runtimeEnv } from '@certhub/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PdfRenderer, type RendererConfig } from '../src/rendering/pdf-renderer';

/** Enough pages that printing takes Chromium a noticeable while (a crash can land in the middle). */
const LONG_HTML = `<html><body>${'<p>Site certifié — ligne de remplissage.</p>'.repeat(6_000)}</body></html>`;
/** Far longer: whatever the machine's load, it cannot print within the short timeout below. */
const ENDLESS_HTML = `<html><body>${'<p>Site certifié — ligne de remplissage.</p>'.repeat(40_000)}</body></html>`;

function renderer(overrides: Partial<RendererConfig> = {}): { sut: PdfRenderer; metrics: Metrics } {
  const metrics = new Metrics('certificate-test');
  const config = { CHROMIUM_PATH: runtimeEnv().CHROMIUM_PATH, RENDER_PAGES: 2, RENDER_TIMEOUT_MS: 30_000 };
  return { sut: new PdfRenderer({ ...config, ...overrides }, new HealthRegistry(), metrics), metrics };
}

const metric = async (metrics: Metrics, name: string) =>
  (await metrics.registry.getSingleMetric(name)?.get())?.values[0]?.value;
const queueGauge = (metrics: Metrics) => metric(metrics, 'certhub_render_queue_depth');

describe(PdfRenderer.name, () => {
  const { sut, metrics } = renderer();
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

  it('queues jobs beyond its pages and reports the queue depth as a gauge', async () => {
    const jobs = Array.from({ length: 6 }, (_, i) => sut.render(`<p>job ${i}</p>`));
    // Two pages print, four jobs wait their turn.
    expect(sut.queued).toBe(4);
    expect(await queueGauge(metrics)).toBe(4);
    const pdfs = await Promise.all(jobs);
    expect(pdfs.every((pdf) => pdf.subarray(0, 5).toString() === '%PDF-')).toBe(true);
    expect(sut.queued).toBe(0);
    expect(await queueGauge(metrics)).toBe(0);
  });

  it('keeps one warm browser, and retries a job on a relaunched browser when it crashes mid-render', async () => {
    const first = await sut.browserPid();
    await sut.render('<p>again</p>');
    expect(await sut.browserPid()).toBe(first);

    const job = sut.render(LONG_HTML);
    setTimeout(() => process.kill(first as number, 'SIGKILL'), 300);
    const pdf = await job;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The job really was interrupted (not finished before the kill) and really was retried.
    expect(await metric(metrics, 'certhub_render_browser_crashes_total')).toBe(1);
    expect(await sut.browserPid()).not.toBe(first);
  }, 60_000);
});

describe(`${PdfRenderer.name} with a short timeout`, () => {
  // Far above a one-line page, even on a busy machine; far below the endless document.
  const { sut } = renderer({ RENDER_TIMEOUT_MS: 5_000 });
  afterAll(() => sut.onApplicationShutdown());

  it('gives up on a render that takes too long, and its page does not poison the next job', async () => {
    await sut.render('<p>warm-up</p>');
    await expect(sut.render(ENDLESS_HTML)).rejects.toThrow('render timed out after 5000 ms');
    const pdf = await sut.render('<p>next</p>');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});
