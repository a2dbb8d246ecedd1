import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HealthRegistry, SERVICE_CONFIG } from '@certhub/platform';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { z } from 'zod';
import type { CertificateEnv } from '../config';

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

const RENDER_TIMEOUT_MS = 30_000;

/** Keeps one browser warm and relaunches it when it dies; each render gets its own page. */
@Injectable()
export class PdfRenderer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PdfRenderer.name);
  private browser?: Promise<Browser>;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: z.infer<typeof CertificateEnv>,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.health.register({
      name: 'chromium',
      check: async () => {
        const browser = await this.getBrowser();
        if (!browser.connected) throw new Error('browser disconnected');
      },
    });
  }

  async render(html: string): Promise<Buffer> {
    const browser = await this.getBrowser();
    const page = await browser.newPage();
    try {
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      // Certificates are self-contained: no request may leave the page.
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().startsWith('data:')) void request.continue();
        else void request.abort();
      });
      await page.setContent(html, { waitUntil: 'load' });
      return Buffer.from(await page.pdf({ format: 'A4', printBackground: true, timeout: RENDER_TIMEOUT_MS }));
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  /** The warm browser's process id (for operators' diagnostics and the crash-recovery test). */
  async browserPid(): Promise<number | undefined> {
    return (await this.getBrowser()).process()?.pid;
  }

  async onApplicationShutdown(): Promise<void> {
    const browser = await this.browser?.catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }

  private getBrowser(): Promise<Browser> {
    if (!this.browser) {
      this.browser = puppeteer
        .launch({ executablePath: this.config.CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
        .then((browser) => {
          browser.once('disconnected', () => {
            this.logger.warn('chromium disconnected; it will be relaunched on next use');
            this.browser = undefined;
          });
          return browser;
        })
        .catch((error: unknown) => {
          this.browser = undefined;
          throw error;
        });
    }
    return this.browser;
  }
}
