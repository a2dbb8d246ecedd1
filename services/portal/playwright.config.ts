import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/**
 * Browser journeys against the real stack (Keycloak, NATS, the store, the services, the gateway
 * serving the built portal), which the global setup starts through libs/testing. Debian's Chromium:
 * Playwright cannot download its own browsers here.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  globalSetup: './e2e/support/global-setup.ts',
  outputDir: join(ROOT, '.run/portal-e2e/results'),
  reporter: [['list']],
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
