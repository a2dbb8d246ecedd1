import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HealthRegistry, Metrics, SERVICE_CONFIG, withTimeout } from '@certhub/platform';
import type { Counter, Gauge } from 'prom-client';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { CertificateConfig } from '../config';

/**
 * Flags for a headless Chromium in a container or a closed network: no sandbox (we run as a
 * non-root user in a read-only container instead), no GPU, and nothing that calls home.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
];

/** The browser died under a job (not the job's own fault): worth one more try on a fresh browser. */
class BrowserCrashedError extends Error {
  constructor(cause: unknown) {
    super(`chromium crashed during the render: ${String(cause)}`, { cause });
    this.name = 'BrowserCrashedError';
  }
}

export type RendererConfig = Pick<CertificateConfig, 'CHROMIUM_PATH' | 'RENDER_PAGES' | 'RENDER_TIMEOUT_MS'>;

/**
 * One warm browser, a bounded pool of reusable pages and a FIFO queue in front of it. Launching
 * Chromium costs far more than printing a page (see bench/certificates), so the browser and its
 * pages outlive the jobs; a page that failed or timed out is closed instead of reused, and a
 * browser that died is relaunched on next use and the job that saw it die is retried once.
 */
@Injectable()
export class PdfRenderer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PdfRenderer.name);
  private readonly queueDepth: Gauge;
  private readonly crashes: Counter;
  private browser?: Promise<Browser>;
  private readonly idle: Page[] = [];
  private readonly waiting: (() => void)[] = [];
  private busy = 0;
  private closing = false;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: RendererConfig,
    private readonly health: HealthRegistry,
    metrics: Metrics,
  ) {
    this.queueDepth = metrics.gauge(
      'certhub_render_queue_depth',
      'Render jobs waiting for a free page of the warm browser',
    );
    this.crashes = metrics.counter(
      'certhub_render_browser_crashes_total',
      'Renders interrupted by a Chromium crash, each retried once on a relaunched browser',
    );
  }

  onModuleInit(): void {
    this.health.register({
      name: 'chromium',
      check: async () => {
        const browser = await this.getBrowser();
        if (!browser.connected) throw new Error('browser disconnected');
      },
    });
  }

  /** Prints a self-contained HTML document (no request leaves the page) to an A4 PDF. */
  async render(html: string): Promise<Buffer> {
    try {
      return await this.renderOnce(html);
    } catch (error) {
      if (!(error instanceof BrowserCrashedError)) throw error;
      this.crashes.inc();
      this.logger.warn(`${error.message}; retrying on a relaunched browser`);
      return this.renderOnce(html);
    }
  }

  /** Jobs waiting for a page right now. */
  get queued(): number {
    return this.waiting.length;
  }

  /** The warm browser's process id (for operators' diagnostics and the crash-recovery test). */
  async browserPid(): Promise<number | undefined> {
    return (await this.getBrowser()).process()?.pid;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    const browser = await this.browser?.catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }

  private async renderOnce(html: string): Promise<Buffer> {
    await this.acquireSlot();
    let page: Page | undefined;
    let reusable = false;
    try {
      page = await this.takePageWithin(this.config.RENDER_TIMEOUT_MS);
      const printing = this.print(page, html);
      // The page is closed on timeout, which also aborts the print still running in it.
      printing.catch(() => undefined);
      const pdf = await withTimeout(
        printing,
        this.config.RENDER_TIMEOUT_MS,
        `render timed out after ${this.config.RENDER_TIMEOUT_MS} ms`,
      );
      reusable = true;
      return pdf;
    } catch (error) {
      if (page && !page.browser().connected) throw new BrowserCrashedError(error);
      throw error;
    } finally {
      if (page) this.returnPage(page, reusable);
      this.releaseSlot();
    }
  }

  private async print(page: Page, html: string): Promise<Buffer> {
    await page.setContent(html, { waitUntil: 'load', timeout: this.config.RENDER_TIMEOUT_MS });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      timeout: this.config.RENDER_TIMEOUT_MS,
    });
    return Buffer.from(pdf);
  }

  private acquireSlot(): Promise<void> {
    if (this.busy < this.config.RENDER_PAGES) {
      this.busy += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.queueDepth.set(this.waiting.length);
    });
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    this.queueDepth.set(this.waiting.length);
    // The slot passes straight to the next job in line, so `busy` stays as it is.
    if (next) next();
    else this.busy -= 1;
  }

  /** A hung browser must not hold a slot for ever: a page that comes too late is closed unused. */
  private async takePageWithin(ms: number): Promise<Page> {
    const taking = this.takePage();
    try {
      return await withTimeout(taking, ms, `render timed out after ${ms} ms waiting for a browser page`);
    } catch (error) {
      void taking.then((late) => late.close()).catch(() => undefined);
      throw error;
    }
  }

  private async takePage(): Promise<Page> {
    for (let page = this.idle.pop(); page; page = this.idle.pop()) {
      if (!page.isClosed() && page.browser().connected) return page;
    }
    const page = await (await this.getBrowser()).newPage();
    // Certificates are self-contained: scripts are not needed and no request may leave the page.
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('data:')) void request.continue();
      else void request.abort();
    });
    return page;
  }

  private returnPage(page: Page, reusable: boolean): void {
    if (reusable && !page.isClosed() && page.browser().connected) this.idle.push(page);
    else void page.close().catch(() => undefined);
  }

  private getBrowser(): Promise<Browser> {
    if (this.browser) return this.browser;
    const launching = puppeteer
      .launch({ executablePath: this.config.CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
      .then((browser) => {
        browser.once('disconnected', () => {
          if (!this.closing) this.logger.warn('chromium disconnected; it will be relaunched on next use');
          // Forget only this browser: a newer one may already be running.
          if (this.browser === launching) this.browser = undefined;
        });
        return browser;
      });
    launching.catch(() => {
      if (this.browser === launching) this.browser = undefined;
    });
    this.browser = launching;
    return launching;
  }
}
