import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { Page, Response } from 'playwright-core';
import { generateDataSet } from '../../dossiers/generate';
import { BenchStack, DATA_OPTIONS } from '../../dossiers/infra';
import { quantile } from '../../dossiers/measure';
import { launch, rowsShown, signIn } from './browser';

/** The dossier bench's prefix: a database it generated (`--data-dir`) is measured here as it is. */
const DB_PREFIX = 'bench';
const CB_ADMIN = 'cb.admin@certhub.local';
/**
 * The queue's views as the page names them (French, its default language), chosen in turn; the
 * page opens on all dossiers, so each choice is a change.
 */
const VIEWS = [
  'À instruire',
  'Contrat à enregistrer',
  'Audit à planifier ou en cours',
  'Écarts d’audit en cours',
  'En attente de décision',
  'Certifiés et suspendus',
] as const;
/** The queue's page size (services/portal/src/routes/cb/queue.tsx). */
const QUEUE_PAGE_SIZE = 25;
/** Filter changes after each fresh load: each a query the page has not cached yet. */
const CHANGES_PER_LOAD = 2;

/** Milliseconds, or the status of a failed answer (503: the service missed the gateway's 10 s). */
interface Sample {
  ui: number | string;
  api: number | string;
}

/**
 * The CB's work queue with the dossier bench's data set (100k dossiers at full size) behind the
 * real gateway, in Chromium: how long until the queue is interactive, and until a filter change
 * shows its results, each beside the same query made directly to the API with the same token.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { ...DATA_OPTIONS, repeat: { type: 'string', default: '10' } } });
  const n = (key: 'repeat') => Number(values[key]);
  const stack = await BenchStack.start(DB_PREFIX, values['data-dir']);
  const browser = await launch();
  try {
    const { users } = stack;
    if (!values['no-generate']) await generateDataSet(stack, values);
    await stack.connection.asPromise();
    const total = await stack.connection.db?.collection('dossiers').estimatedDocumentCount();
    process.stdout.write(`queue bench: ${total} dossiers in the database, ${n('repeat')} samples per row\n`);
    const gateway = await stack.startServices();
    const direct = async (url: string): Promise<number | string> => {
      const token = await users.token(CB_ADMIN);
      const started = performance.now();
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      await res.json();
      return res.ok ? performance.now() - started : `${res.status}`;
    };
    const probe = await direct(`${gateway}/api/v1/dossiers?page=1&pageSize=25&sort=-updatedAt`);
    process.stdout.write(
      `first queue request to the API: ${typeof probe === 'number' ? `${probe.toFixed(0)} ms` : probe}\n`,
    );
    const page = await browser.newPage();
    await signIn(page, `${gateway}/sign-in`, CB_ADMIN);
    await page.locator('a[href="/cb/queue"]').first().waitFor({ timeout: 60_000 });

    // The queue's page of rows; the dashboard counts its steps with pageSize=1 requests of its own.
    const queueRequest = (r: Response) => {
      const url = new URL(r.url());
      return (
        r.request().method() === 'GET' &&
        url.pathname === '/api/v1/dossiers' &&
        url.searchParams.get('pageSize') === String(QUEUE_PAGE_SIZE)
      );
    };

    const open: Sample[] = [];
    const filter: Sample[] = [];
    for (let i = 0; i < n('repeat'); i += 1) {
      open.push(await openFromDashboard(page, gateway, queueRequest, direct));
      for (let j = 0; j < CHANGES_PER_LOAD; j += 1) {
        const view = VIEWS[(i * CHANGES_PER_LOAD + j) % VIEWS.length] as string;
        filter.push(await changeView(page, view, queueRequest, direct));
      }
    }
    print('queue opened from the dashboard (click → rows shown)', open, 1_000);
    print('filter changed (choice → new rows shown)', filter, 300);
  } finally {
    await browser.close();
    await stack.stop();
  }
}

/**
 * From `act` (a click) until the queue's request is answered and its rows are shown, beside the
 * same request made directly to the API right after.
 */
async function timed(
  page: Page,
  isQueue: (r: Response) => boolean,
  direct: (url: string) => Promise<number | string>,
  act: () => Promise<void>,
): Promise<Sample> {
  const answered = page.waitForResponse(isQueue, { timeout: 60_000 });
  const started = performance.now();
  await act();
  const response = await answered;
  // A refusal is a failed sample: the page shows its error instead of rows.
  const shown =
    response.ok() &&
    (await rowsShown(page).then(
      () => true,
      () => false,
    ));
  const ui = shown ? performance.now() - started : response.ok() ? 'no rows' : `${response.status()}`;
  return { ui, api: await direct(response.url()) };
}

/** A fresh page (the query cache empty) on the dashboard, then the navigation's link to the queue. */
async function openFromDashboard(
  page: Page,
  gateway: string,
  isQueue: (r: Response) => boolean,
  direct: (url: string) => Promise<number | string>,
): Promise<Sample> {
  // A new page load (tokens live in memory): Keycloak's session signs in again at once.
  await page.goto(`${gateway}/sign-in`);
  const link = page.locator('a[href="/cb/queue"]').first();
  await link.waitFor();
  // The dashboard counts the queue's steps with its own requests: they must not pass for the queue's.
  await page.waitForLoadState('networkidle');
  return timed(page, isQueue, direct, () => link.click());
}

/** The view chosen in its list, as a person does; until the new rows replace the old ones. */
async function changeView(
  page: Page,
  view: string,
  isQueue: (r: Response) => boolean,
  direct: (url: string) => Promise<number | string>,
): Promise<Sample> {
  await page.getByRole('combobox', { name: 'Vue', exact: true }).click();
  const option = page.getByRole('option', { name: view, exact: true });
  await option.waitFor();
  return timed(page, isQueue, direct, () => option.click());
}

function print(label: string, samples: Sample[], budgetMs: number): void {
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const times = (side: 'ui' | 'api') =>
    samples.flatMap((s) => (typeof s[side] === 'number' ? [s[side]] : []));
  const failures = (side: 'ui' | 'api') => {
    const failed = samples.flatMap((s) => (typeof s[side] === 'string' ? [s[side]] : []));
    return failed.length ? `, ${failed.length} failed (${[...new Set(failed)].join(', ')})` : '';
  };
  const [ui, api] = [times('ui'), times('api')];
  const [uiP50, apiP50] = [quantile(ui, 0.5), quantile(api, 0.5)];
  const verdict = !ui.length
    ? 'none answered'
    : uiP50 <= budgetMs
      ? 'within'
      : `over by ${ms(uiP50 - budgetMs)}`;
  process.stdout.write(
    `${label} (n=${samples.length}): portal p50 ${ms(uiP50)}, p95 ${ms(quantile(ui, 0.95))}${failures('ui')} ` +
      `(budget ${ms(budgetMs)}: ${verdict}); the same request to the API: p50 ${ms(apiP50)}, ` +
      `p95 ${ms(quantile(api, 0.95))}${failures('api')}; portal/API ×${(uiP50 / apiP50).toFixed(2)}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
