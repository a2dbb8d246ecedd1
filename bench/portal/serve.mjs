// The built portal served as the gateway serves it: hashed assets, index.html for every app route.
// `answer` takes the other paths first (config, sign-in, API): true when it answered.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// PORTAL_DIST: another build to measure beside this one (e.g. the previous commit's).
export const DIST =
  process.env['PORTAL_DIST'] ??
  join(resolve(fileURLToPath(import.meta.url), '../../..'), 'dist/services/portal');
const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.map': 'application/json',
};

export async function serveBuiltPortal(answer) {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('no built portal in dist/services/portal: run npm run build:portal');
    process.exit(2);
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (answer(req, res, url)) return;
    const file = join(DIST, url.pathname);
    if (url.pathname.startsWith('/assets/') && existsSync(file) && statSync(file).isFile()) {
      res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      return createReadStream(file).pipe(res);
    }
    res.setHeader('content-type', 'text/html');
    res.end(readFileSync(join(DIST, 'index.html')));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
