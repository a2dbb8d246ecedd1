import express, { type NextFunction, type Request, type Response } from 'express';
import { join } from 'node:path';
import {
  CERTIFICATE_PAGE,
  MinuteBudget,
  pageLanguage,
  renderCertificatePage,
  type VerifiedCertificate,
} from './certificate-page';
import { currentFile } from './current-file';

export interface PortalOptions {
  /** The built portal (vite's outDir): index.html and assets/ with content-hashed names. */
  dir: string;
  /** The OIDC issuer the browser signs in with (may differ from the one the gateway reaches). */
  authority: string;
  clientId: string;
  /**
   * The certificate a `/registry/<number>` or `/verify/<number>` page shows, read on the server (null: no such number),
   * with the per-address budget of public verification; without it the page is the plain app.
   */
  certificates?: { find: (number: string) => Promise<VerifiedCertificate | null>; perMinute: number };
}

/** Paths the portal never answers: the API, its documents, the issuers' DIDs and status lists, the probes. */
const NOT_PORTAL = /^\/(api|cbs|healthz|readyz|metrics)(\/|$)/;

/**
 * The portal's pages are stricter than the API's Swagger UI: scripts from this origin only, no
 * framing, network to this origin and the OIDC issuer (token refresh). Styles allow inline because
 * the component library sets CSS variables in style attributes and one style tag.
 */
export function portalCsp(authority: string): string {
  const issuer = new URL(authority).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${issuer}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${issuer}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Serves the single-page portal on the API's origin: hashed assets cached for a year, the HTML
 * never cached and read again once a build rewrote it (a deploy is picked up at the next load),
 * `/config.json` telling the browser where to sign in, and index.html for every other GET that is
 * not an API path (client-side routes). Until the portal is built, it passes every request on:
 * the API runs on its own, and the portal is served from its first build on, without a restart.
 */
export function portalMiddleware(options: PortalOptions): express.RequestHandler {
  const index = currentFile(join(options.dir, 'index.html'));
  const config = JSON.stringify({ authority: options.authority, clientId: options.clientId });
  const csp = portalCsp(options.authority);
  const assets = express.static(join(options.dir, 'assets'), {
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  const files = express.static(options.dir, { index: false, maxAge: '1h' });
  const budget = options.certificates && new MinuteBudget(options.certificates.perMinute);

  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_PORTAL.test(req.path)) return next();
    const html = index();
    if (!html) return next();
    if (req.path.startsWith('/assets/')) {
      req.url = req.url.slice('/assets'.length);
      // An asset of an older build is gone: a plain 404, never index.html in place of a script.
      return assets(req, res, () => void res.status(404).type('text/plain').send('Not found'));
    }
    if (req.path === '/config.json') {
      res.setHeader('Cache-Control', 'no-cache').type('application/json').send(config);
      return;
    }
    const page = (body: Buffer | string = html, status = 200) => {
      res
        .status(status)
        .setHeader('Cache-Control', 'no-cache')
        .setHeader('Content-Security-Policy', csp)
        .type('html')
        .send(body);
    };
    const certificate = CERTIFICATE_PAGE.exec(req.path);
    if (certificate && options.certificates && budget?.take(req.ip ?? '')) {
      const number = decodeURIComponent(certificate[1] as string);
      const lang = pageLanguage(req.headers['accept-language']);
      res.setHeader('Vary', 'Accept-Language');
      // Any failure to read it leaves the app to say so, as for any other page.
      void options.certificates
        .find(number)
        .then((found) => page(renderCertificatePage(html.toString(), number, found, lang), found ? 200 : 404))
        .catch(() => page())
        .catch(next);
      return;
    }
    // Files at the root (favicon…) as they are; anything else is a route of the app.
    if (/\.[a-z0-9]+$/i.test(req.path) && req.path !== '/index.html') return files(req, res, () => page());
    page();
  };
}
