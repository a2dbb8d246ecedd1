/**
 * Certificates per second: the service's warm browser with its pool of pages, against launching a
 * browser per PDF (the naive way), on the same certificates, in one run. Prints the figures.
 * Build and run: see README.md.
 */
import 'reflect-metadata';
import type { CertificateData } from '@certhub/contracts';
import { HealthRegistry, Metrics } from '@certhub/platform';
import { AMARC_SCOPE } from '@certhub/testing';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, PdfRenderer } from '../../services/certificate/src/rendering/pdf-renderer';
import { CertificateTemplates } from '../../services/certificate/src/rendering/templates/certificate-templates';

const COUNT = Number(process.argv[2] ?? 200);
const PAGES = Number(process.env['RENDER_PAGES'] ?? 4);
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const address = (line1: string, postalCode: string, city: string) => ({
  line1,
  postalCode,
  city,
  country: 'France',
});

function certificate(i: number): CertificateData {
  const n = String(i).padStart(4, '0');
  return {
    certificateId: `bench-${n}`,
    number: `QC-2026-${n}`,
    dossierId: `dos-${n}`,
    organisationId: `org-${n}`,
    cbId: 'cb-bench',
    schemeId: i % 2 ? 'amarc' : 'label',
    schemeVersion: '2024-01',
    schemeTitle: 'AMARC — Management de la gestion des insatisfactions clients',
    level: 'Niv A',
    holder: {
      name: `Entreprise ${n}`,
      siren: '552100554',
      address: address(`${i} rue des Lilas`, '75011', 'Paris'),
    },
    sites: Array.from({ length: i % 5 }, (_, s) => ({
      siret: `552100554${String(s).padStart(5, '0')}`,
      name: `Site ${s + 1}`,
      address: address(`${s + 1} avenue de la Gare`, '69003', 'Lyon'),
    })),
    scope: AMARC_SCOPE,
    validFrom: '2026-01-15',
    validUntil: '2029-01-14',
    issuedAt: '2026-01-15T09:30:00.000Z',
    cb: { name: 'SGS ICS', address: address('29 avenue Aristide Briand', '94111', 'Arcueil cedex') },
    mentions: ['« liste des sites disponible auprès de l’Organisme ou de SGS ICS »'],
    locale: 'fr',
  };
}

/** What each certificate cost before any browser work: the HTML, QR code included. */
async function htmlOf(templates: CertificateTemplates, certificates: CertificateData[]): Promise<string[]> {
  return Promise.all(certificates.map((c) => templates.toHtml(c)));
}

async function warmPool(pages: string[]): Promise<{ seconds: number; pdfs: number; maxQueued: number }> {
  const renderer = new PdfRenderer(
    { CHROMIUM_PATH, RENDER_PAGES: PAGES, RENDER_TIMEOUT_MS: 60_000 },
    new HealthRegistry(),
    new Metrics('bench'),
  );
  await renderer.render('<p>warm-up</p>'); // the one launch the service pays at start
  const started = process.hrtime.bigint();
  const jobs = pages.map((html) => renderer.render(html));
  // Every job is handed in at once: all but one per page wait in the queue.
  const maxQueued = renderer.queued;
  const pdfs = await Promise.all(jobs);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await renderer.onApplicationShutdown();
  return { seconds, pdfs: pdfs.filter(isPdf).length, maxQueued };
}

async function browserPerPdf(pages: string[]): Promise<{ seconds: number; pdfs: number }> {
  let count = 0;
  const started = process.hrtime.bigint();
  for (const html of pages) {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      if (isPdf(Buffer.from(await page.pdf({ format: 'A4', printBackground: true })))) count += 1;
    } finally {
      await browser.close();
    }
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, pdfs: count };
}

const isPdf = (pdf: Buffer) => pdf.subarray(0, 5).toString() === '%PDF-';

async function main(): Promise<void> {
  const templates = new CertificateTemplates({
    PUBLIC_URL: 'http://localhost:8080',
  });
  const htmlStarted = process.hrtime.bigint();
  const pages = await htmlOf(
    templates,
    Array.from({ length: COUNT }, (_, i) => certificate(i + 1)),
  );
  const htmlSeconds = Number(process.hrtime.bigint() - htmlStarted) / 1e9;
  console.log(`${COUNT} certificates, Chromium at ${CHROMIUM_PATH}, ${PAGES} pages in the warm pool`);
  console.log(`templating + QR codes: ${htmlSeconds.toFixed(2)} s (not counted below)`);

  const warm = await warmPool(pages);
  console.log(
    `warm browser, pool of ${PAGES} pages: ${warm.pdfs} PDFs in ${warm.seconds.toFixed(1)} s = ` +
      `${(warm.pdfs / warm.seconds).toFixed(1)} certificates/s (queue peaked at ${warm.maxQueued})`,
  );
  const naive = await browserPerPdf(pages);
  console.log(
    `a browser launched per PDF:  ${naive.pdfs} PDFs in ${naive.seconds.toFixed(1)} s = ` +
      `${(naive.pdfs / naive.seconds).toFixed(1)} certificates/s`,
  );
  console.log(`speed-up: ×${(warm.pdfs / warm.seconds / (naive.pdfs / naive.seconds)).toFixed(1)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
