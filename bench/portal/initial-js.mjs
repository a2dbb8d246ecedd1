#!/usr/bin/env node
// The JavaScript a first visit downloads, measured in Chromium: the built portal is served as the
// gateway serves it (index.html for app routes, /config.json), a page loads the welcome page (the
// route of the dashboard too, before sign-in) and every script it requests is counted, raw and
// gzipped, beside the budget. Needs `npm run build:portal` first.
//   node bench/portal/initial-js.mjs [/path ...]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { DIST, serveBuiltPortal } from './serve.mjs';

const BUDGET_KB = 200;
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/register'];
const { server, base } = await serveBuiltPortal((_req, res, url) => {
  if (url.pathname !== '/config.json') return false;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ authority: 'http://127.0.0.1:9/realms/certhub', clientId: 'certhub-portal' }));
  return true;
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const path of paths) {
    const page = await browser.newPage();
    const scripts = new Set();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    const started = performance.now();
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    const shown = performance.now() - started;
    let raw = 0;
    let gzip = 0;
    for (const script of scripts) {
      const bytes = readFileSync(join(DIST, script));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    const kb = (n) => (n / 1024).toFixed(1);
    console.log(
      `${path.padEnd(12)} ${scripts.size} scripts, ${kb(raw)} kB raw, ${kb(gzip)} kB gzip ` +
        `(budget ${BUDGET_KB} kB: ${gzip / 1024 <= BUDGET_KB ? 'within' : `over by ${kb(gzip - BUDGET_KB * 1024)} kB`}), ` +
        `heading shown in ${shown.toFixed(0)} ms`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
