import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { RouterProvider, createMemoryHistory, createRouter } from '@tanstack/react-router';
import type { User, UserManager } from 'oidc-client-ts';
import { vi } from 'vitest';
import { Providers } from '../app/App';
import { SessionContext } from '../app/session';
import { initI18n } from '../i18n/i18n';
import { routeTree } from '../routeTree.gen';

export interface Call {
  method: string;
  path: string;
  query: string;
  body: unknown;
}

export interface Reply {
  status?: number;
  body: unknown;
}

/** Answers by "METHOD /path" (query ignored), fixed or computed per call; anything else is a 404 problem. */
export type Routes = Record<string, Reply | ((call: Call) => Reply)>;

/**
 * The whole app (router, shell, pages) in jsdom against a fake gateway: what the component tests
 * need to check rendering, validation and error placement without a server.
 */
export function renderApp(path: string, routes: Routes, { signedIn = true }: { signedIn?: boolean } = {}) {
  void initI18n('fr');
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    // openapi-fetch hands a Request; the session's own call a relative path.
    const request =
      typeof input === 'string' ? new Request(new URL(input, 'http://portal.test'), init) : input;
    const url = new URL(request.url);
    const text = await request.text();
    const call = {
      method: request.method,
      path: url.pathname,
      query: url.search,
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    const handler = routes[`${request.method} ${url.pathname}`];
    const route = typeof handler === 'function' ? handler(call) : handler;
    const status = route?.status ?? (route ? 200 : 404);
    const body = route?.body ?? { type: 'about:blank', title: 'Not Found', status: 404 };
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createRouter({
    routeTree,
    context: { queryClient },
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  const user = {
    access_token: 'token',
    profile: { sub: 'u-1', name: 'Org Admin', given_name: 'Org', email: 'org.admin@certhub.local' },
  } as unknown as User;
  const signOut = vi.fn(async () => undefined);
  const view = render(
    <Providers queryClient={queryClient} env="test">
      <SessionContext.Provider value={signedIn ? { user, userManager: {} as UserManager, signOut } : null}>
        <RouterProvider router={router} />
      </SessionContext.Provider>
    </Providers>,
  );
  return { ...view, calls, router, signOut };
}

/** The gateway's 422 for a refused request: each field's reason, and the detail when one is given. */
export const unprocessable = (errors: Record<string, unknown>[], detail?: string): Reply => ({
  status: 422,
  body: {
    type: 'https://certhub.dev/problems/validation-failed',
    title: 'validation failed',
    status: 422,
    ...(detail === undefined ? {} : { detail }),
    errors,
  },
});

export const demoRoutes: Routes = {
  'GET /api/v1/me': {
    body: { userId: 'u-1', tenantType: 'organisation', tenantId: 'org-demo', roles: ['org_admin'] },
  },
  'GET /api/v1/organisations/org-demo': { body: { id: 'org-demo', name: 'Ateliers Démo CertHub SAS' } },
  'GET /api/v1/notifications/unread-count': { body: { unread: 3, byCategory: {} } },
  'GET /api/v1/notifications': { body: { items: [], page: 1, pageSize: 5, total: 0 } },
  'GET /api/v1/audits/upcoming': { body: { items: [], page: 1, pageSize: 10, total: 0 } },
  'GET /api/v1/schemes': {
    body: {
      items: [
        {
          schemeId: 'label-engagement',
          version: '1',
          title: 'Label Engagement',
          kind: 'organisation',
          levels: [],
          requirementCount: 1,
          questionCount: 1,
          versions: ['1'],
          publishedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      page: 1,
      pageSize: 100,
      total: 1,
    },
  },
  'GET /api/v1/certification-bodies': {
    body: {
      items: [{ id: 'cb-demo', code: 'demo', name: 'CertHub Démo Certification' }],
      page: 1,
      pageSize: 100,
      total: 1,
    },
  },
};

/** The AMARC scheme with levels A and B, as the scheme list answers it: one page. */
export const amarcSchemes = (overrides: Record<string, unknown> = {}): Reply => ({
  body: {
    items: [
      {
        schemeId: 'amarc',
        version: '2024-01',
        title: 'AMARC',
        kind: 'organisation',
        levels: [
          { id: 'A', label: 'Niv A' },
          { id: 'B', label: 'Niv B' },
        ],
        requirementCount: 1,
        questionCount: 1,
        versions: ['2024-01'],
        publishedAt: '2026-01-01T00:00:00.000Z',
        ...overrides,
      },
    ],
    page: 1,
    pageSize: 100,
    total: 1,
  },
});

/** A dossier as the API answers it, for the pages that show one. */
export const dossierFixture = (overrides: Record<string, unknown> = {}) => ({
  id: 'd-1',
  reference: 'DEMO-2026-000001',
  organisationId: 'org-demo',
  cbId: 'cb-demo',
  schemeId: 'label-engagement',
  schemeVersion: '1',
  status: 'draft',
  version: 1,
  questionnaire: { revision: 0 },
  cycle: { surveillanceDue: [] },
  ...overrides,
});
