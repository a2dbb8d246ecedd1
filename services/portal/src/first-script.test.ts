import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The first visit's budget (bench/portal/initial-js.mjs measures it in Chromium): what `/` and
 * `/register` download before their heading shows stays under 200 kB gzip. Checked here on the
 * build `./certhub test` made before this suite (`npm run build:portal`), through vite's manifest:
 * the entry with every chunk it imports statically, plus the route's own split chunks and theirs.
 * Dynamic imports are left out, as a visitor's first load leaves them (the user menu, the
 * schemas fetched when the form takes focus, the English strings).
 */
const BUDGET_KB = 200;
const ROUTES = { '/': 'src/routes/index.tsx', '/register': 'src/routes/register.tsx' };

const PORTAL = resolve(import.meta.dirname, '..');
const DIST = resolve(PORTAL, '../../dist/services/portal');
const MANIFEST = join(DIST, '.vite/manifest.json');

type Manifest = Record<string, { file: string; imports?: string[] }>;

function firstScripts(manifest: Manifest, routeFile: string): string[] {
  // TanStack's code splitting names the route's lazy parts `<file>?tsr-split=<parts>`.
  const split = Object.keys(manifest).filter((key) => key.startsWith(`${routeFile}?tsr-split=`));
  if (!split.length)
    throw new Error(`${routeFile} has no chunk of its own in the build: moved, or no longer split?`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest names ${key} but has no entry for it`);
    seen.add(key);
    chunk.imports?.forEach(visit);
  };
  ['index.html', ...split].forEach(visit);
  return [...seen].map((key) => (manifest[key] as { file: string }).file);
}

describe.skipIf(!existsSync(join(DIST, 'index.html')))('the first script of a visit (built portal)', () => {
  it.each(Object.entries(ROUTES))(`keeps %s under ${BUDGET_KB} kB gzip`, (path, routeFile) => {
    if (!existsSync(MANIFEST))
      throw new Error(`${MANIFEST} is missing: rebuild the portal (npm run build:portal)`);
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    const sizes = firstScripts(manifest, routeFile).map((file) => ({
      file,
      gzip: gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length,
    }));
    const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0) / 1024;
    const detail = sizes.map(({ file, gzip }) => `${file} ${(gzip / 1024).toFixed(1)} kB`).join(', ');
    expect(total, `${path}: ${total.toFixed(1)} kB gzip (${detail})`).toBeLessThanOrEqual(BUDGET_KB);
  });
});

describe('route files', () => {
  // A route file's module is in the first script (only its component is split off): a bare
  // `import './strings'` there would bring a page's strings into every visit's download.
  it('import nothing for its side effects', () => {
    const files = (readdirSync(join(PORTAL, 'src/routes'), { recursive: true }) as string[])
      .map((file) => join(PORTAL, 'src/routes', file))
      .filter((file) => /\.tsx?$/.test(file));
    expect(files.length).toBeGreaterThan(10);
    const sideEffects = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          /^import\s*['"]/.test(line) ? [`${relative(PORTAL, file)}:${index + 1}: ${line}`] : [],
        ),
    );
    expect(sideEffects).toEqual([]);
  });
});
