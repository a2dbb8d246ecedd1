import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const here = import.meta.dirname;
// `vite` (dev) proxies the API and the sign-in config to a running gateway (`./certhub up`).
const gateway = process.env['CERTHUB_GATEWAY_URL'] ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: here,
  plugins: [
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      routesDirectory: resolve(here, 'src/routes'),
      generatedRouteTree: resolve(here, 'src/routeTree.gen.ts'),
      // Component tests live beside their routes.
      routeFileIgnorePattern: '\\.test\\.',
      quoteStyle: 'single',
      semicolons: true,
    }),
    react(),
  ],
  resolve: {
    // The labels' own entry first: importing them must not pull the contracts' schemas into the
    // first page's script (the index brings zod and every schema).
    alias: [
      {
        find: '@certhub/contracts/labels',
        replacement: resolve(here, '../../libs/contracts/src/events/dossier-status.labels.ts'),
      },
      // The questionnaire's rules (visibility, required answers, SIRET checks) without zod either.
      ...['visibility', 'validation'].map((name) => ({
        find: `@certhub/contracts/${name}`,
        replacement: resolve(here, `../../libs/contracts/src/questionnaire/${name}.ts`),
      })),
      // The registration form validates with the identity schemas only, not every contract.
      {
        find: '@certhub/contracts/identity',
        replacement: resolve(here, '../../libs/contracts/src/identity/identity.schemas.ts'),
      },
      {
        find: '@certhub/contracts/numbers',
        replacement: resolve(here, '../../libs/contracts/src/identity/numbers.ts'),
      },
      { find: '@certhub/contracts', replacement: resolve(here, '../../libs/contracts/src/index.ts') },
    ],
  },
  build: {
    // Next to the services' build: the gateway serves it from dist/services/portal.
    outDir: resolve(here, '../../dist/services/portal'),
    emptyOutDir: true,
    sourcemap: true,
    // .vite/manifest.json: which chunks each page loads, for the first script's budget
    // (src/first-script.test.ts). The gateway never serves it (a dot directory).
    manifest: true,
  },
  server: { proxy: { '/api': gateway, '/config.json': gateway } },
  test: {
    root: here,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: [resolve(here, 'src/test/setup.ts')],
    css: false,
    // Whole pages render in jsdom on a shared machine: seconds, not milliseconds.
    testTimeout: 20_000,
    // The users' time zone, whatever the machine's (./certhub runs with TZ=UTC).
    env: { TZ: 'Europe/Paris' },
  },
});
