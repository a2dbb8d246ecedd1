import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES, type EventType } from '@certhub/contracts';
import type { Route } from './route';
import { ROUTES } from './routes';

/** The portal whose pages the links lead to: its generated route tree and its route files. */
const PORTAL = join(__dirname, '../../../portal/src');

/** Every page's full path, as TanStack Router generates them (`/dossiers/$dossierId/findings`…). */
function portalPaths(): string[] {
  const tree = readFileSync(join(PORTAL, 'routeTree.gen.ts'), 'utf8');
  const body = /export interface FileRoutesByFullPath \{([^}]*)\}/.exec(tree)?.[1];
  if (!body) throw new Error('no FileRoutesByFullPath in the portal’s routeTree.gen.ts');
  return [...body.matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1] as string);
}

const PAGES = portalPaths().map((fullPath) => {
  const segments = fullPath.replace(/\/$/, '').split('/');
  const pattern = segments.map((s) =>
    s.startsWith('$') ? '[^/]+' : s.replace(/[.*+?^{}()|[\]\\-]/g, '\\$&'),
  );
  return {
    fullPath,
    // A `$param` segment matches one segment; the trailing `/` of an index page is optional.
    matches: new RegExp(`^${pattern.join('/')}/?$`),
    // `/dossiers/$dossierId/` is routes/dossiers/$dossierId/index.tsx, `/cb/users` routes/cb/users.tsx.
    file: join(PORTAL, 'routes', fullPath.endsWith('/') ? `${fullPath}index.tsx` : `${fullPath}.tsx`),
  };
});

/** A payload whose every field is a sample id naming it (`x-dossierId`…). */
const SAMPLE: Record<string, string> = new Proxy({}, { get: (_target, field) => `x-${String(field)}` });

/** The link of each audience of each event: its rule's own, or the route's for the others. */
const LINKS = EVENT_TYPES.flatMap((type: EventType) => {
  const route = ROUTES[type] as unknown as Route<Record<string, string>>;
  return [
    { type, audience: 'route', link: route.link(SAMPLE) },
    ...route.recipients.map((rule) => ({
      type,
      audience: `${String(rule.tenant)}:${rule.users ? String(rule.users) : (rule.roles ?? []).join('+')}`,
      link: (rule.link ?? route.link)(SAMPLE),
    })),
  ];
});

describe('the links of the notifications', () => {
  it('checks the links against the portal’s pages', () => {
    expect(PAGES.length).toBeGreaterThan(50);
    expect(LINKS.length).toBeGreaterThan(EVENT_TYPES.length);
  });

  it.each(LINKS)('$type for $audience leads to a page of the portal: $link', ({ link }) => {
    const [pathname = '', query] = link.split('?');
    const page = PAGES.find((p) => p.matches.test(pathname));
    if (!page) throw new Error(`no page of the portal matches ${pathname}`);
    const params = [...new URLSearchParams(query ?? '').keys()];
    if (params.length === 0) return;
    // A page reads only the search params its validateSearch names; the others are dropped.
    const source = readFileSync(page.file, 'utf8');
    expect(source).toContain('validateSearch');
    for (const param of params) expect(source).toContain(`['${param}']`);
  });
});
