#!/usr/bin/env node
// Time to interactive of the questionnaire page with 120 questions, and the delay of a keystroke, in
// Chromium, beside the budget (interactive in ≤ 1 s, typing without a visible lag). The built
// portal is served as the gateway serves it, with a stand-in sign-in server (authorisation code + PKCE
// answered at once) and the API answers the page needs: the figures are the browser's own work,
// not the services'. Needs `npm run build:portal` first.
//   node bench/portal/questionnaire-tti.mjs [questions=120] [runs=5]
import { chromium } from 'playwright-core';
import { serveBuiltPortal } from './serve.mjs';

const QUESTIONS = Number(process.argv[2] ?? 120);
const RUNS = Number(process.argv[3] ?? 5);
const BUDGET_MS = 1000;

/** A questionnaire of every type in turn, ten sections, one question in six shown by its predecessor. */
function questionnaire(count) {
  const kinds = [
    'text',
    'yes_no',
    'single_choice',
    'number',
    'date',
    'multiple_choice',
    'long_text',
    'siret',
    'file',
  ];
  const options = [
    { value: 'a', label: 'Première option' },
    { value: 'b', label: 'Deuxième option' },
  ];
  const questions = Array.from({ length: count }, (_, i) => {
    const type = kinds[i % kinds.length];
    const q = {
      id: `q${i + 1}`,
      number: String(i + 1),
      type,
      label: `Question ${i + 1} du questionnaire`,
      required: i % 3 === 0,
    };
    if (type === 'text') Object.assign(q, { maxLength: 500 });
    if (type === 'long_text') Object.assign(q, { maxLength: 10_000 });
    if (type === 'single_choice' || type === 'multiple_choice') Object.assign(q, { options });
    if (type === 'number') Object.assign(q, { integer: false });
    if (type === 'file')
      Object.assign(q, { rules: { accept: ['.pdf'], maxBytes: 8 * 1024 * 1024, maxCount: 8 } });
    if (i % 6 === 2 && kinds[(i - 1) % kinds.length] === 'yes_no')
      Object.assign(q, { visibleWhen: { questionId: `q${i}`, equals: true } });
    return q;
  });
  const size = Math.ceil(count / 10);
  return {
    title: `Questionnaire de ${count} questions`,
    sections: Array.from({ length: Math.ceil(count / size) }, (_, s) => ({
      id: `s${s + 1}`,
      title: `Section ${s + 1}`,
      questions: questions.slice(s * size, (s + 1) * size),
    })),
  };
}

const BASELINE = 12;
const page1 = (items) => ({ items, page: 1, pageSize: 100, total: items.length });
const API = {
  '/api/v1/me': { userId: 'bench', tenantType: 'organisation', tenantId: 'org-bench', roles: ['org_admin'] },
  '/api/v1/organisations/org-bench': { id: 'org-bench', name: 'Banc d’essai SAS' },
  '/api/v1/notifications/unread-count': { unread: 0, byCategory: {} },
  '/api/v1/schemes': page1([]),
  '/api/v1/certification-bodies': page1([]),
};
/** A dossier whose questionnaire has `count` questions, its text answers given. */
function addDossier(count) {
  const id = `d-${count}`;
  const scheme = questionnaire(count);
  const answers = Object.fromEntries(
    scheme.sections
      .flatMap((s) => s.questions)
      .filter((q) => q.type === 'text')
      .map((q) => [q.id, { value: 'Réponse enregistrée' }]),
  );
  const dossier = {
    id,
    reference: `BENCH-2026-${String(count).padStart(6, '0')}`,
    organisationId: 'org-bench',
    cbId: 'cb-bench',
    schemeId: `bench-${count}`,
    schemeVersion: '1',
    status: 'draft',
    version: 1,
    questionnaire: { revision: 1 },
    cycle: { surveillanceDue: [] },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  Object.assign(API, {
    [`/api/v1/dossiers/${id}`]: dossier,
    [`/api/v1/dossiers/${id}/trail`]: page1([]),
    [`/api/v1/dossiers/${id}/questionnaire`]: {
      dossierId: id,
      reference: dossier.reference,
      organisationId: 'org-bench',
      schemeId: dossier.schemeId,
      schemeVersion: '1',
      status: 'draft',
      revision: 1,
      answers,
    },
    [`/api/v1/schemes/${dossier.schemeId}`]: {
      schemeId: dossier.schemeId,
      version: '1',
      title: 'Banc',
      questionnaire: scheme,
    },
  });
}
addDossier(BASELINE);
addDossier(QUESTIONS);

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
let nonce = '';
let base = '';
const json = (res, body, status = 200) => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
  return true;
};
/** A sign-in server that answers at once, and the API answers the pages need. */
function answer(req, res, url) {
  if (url.pathname === '/config.json')
    return json(res, { authority: `${base}/oidc`, clientId: 'certhub-portal' });
  if (url.pathname === '/oidc/.well-known/openid-configuration')
    return json(res, {
      issuer: `${base}/oidc`,
      authorization_endpoint: `${base}/oidc/auth`,
      token_endpoint: `${base}/oidc/token`,
      jwks_uri: `${base}/oidc/jwks`,
    });
  if (url.pathname === '/oidc/auth') {
    nonce = url.searchParams.get('nonce') ?? '';
    const back = new URL(url.searchParams.get('redirect_uri') ?? '/');
    back.searchParams.set('code', 'bench');
    back.searchParams.set('state', url.searchParams.get('state') ?? '');
    res.writeHead(302, { location: back.toString() });
    res.end();
    return true;
  }
  if (url.pathname === '/oidc/token') {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: `${base}/oidc`,
      sub: 'bench',
      aud: 'certhub-portal',
      name: 'Banc',
      given_name: 'Banc',
      iat: now,
      exp: now + 3600,
      ...(nonce ? { nonce } : {}),
    };
    const jwt = `${b64({ alg: 'none' })}.${b64(claims)}.`;
    return json(res, { access_token: jwt, id_token: jwt, token_type: 'Bearer', expires_in: 3600 });
  }
  if (!url.pathname.startsWith('/api/')) return false;
  if (req.method === 'PUT')
    return json(res, {
      ...API[url.pathname.replace(/\/questionnaire$/, '')],
      questionnaire: { revision: 2 },
    });
  const body = API[url.pathname];
  return body ? json(res, body) : json(res, { type: 'about:blank', title: 'Not Found', status: 404 }, 404);
}
const served = await serveBuiltPortal(answer);
const server = served.server;
base = served.base;

// Long tasks (> 50 ms) as the page sees them: the page is interactive once its last one is over.
const OBSERVE = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.startTime + e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** One page of `count` questions: cold load, arrival from the dossier page, keystrokes. */
async function measure(context, count) {
  const lastQuestion = `#question-q${count}`;
  const cold = [];
  const inApp = [];
  const keys = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    // Cold: a full load of the questionnaire's address (sign-in round trip included), to the last
    // question shown and the end of the last long task.
    await page.goto(`${base}/dossiers/d-${count}/questionnaire`);
    await page.locator(lastQuestion).waitFor();
    const shown = await page.evaluate(() => performance.now());
    await page.waitForTimeout(600);
    const lastLong = await page.evaluate(() => Math.max(0, ...window.__longTasks));
    cold.push(Math.max(shown, lastLong));

    // In the app: from the dossier page's link to the same point.
    await page.getByRole('link', { name: /Dossier BENCH/ }).click();
    await page.getByRole('link', { name: 'Remplir le questionnaire' }).waitFor();
    await page.waitForTimeout(300);
    const started = await page.evaluate(() => {
      window.__longTasks = [];
      return performance.now();
    });
    await page.getByRole('link', { name: 'Remplir le questionnaire' }).click();
    await page.locator(lastQuestion).waitFor();
    const arrived = await page.evaluate(() => performance.now());
    await page.waitForTimeout(600);
    const settled = await page.evaluate(() => Math.max(0, ...window.__longTasks));
    inApp.push(Math.max(arrived, settled) - started);

    // Typing: from each key's event to the next frame painted after React's update.
    await page.evaluate(() => {
      window.__keys = [];
      document.addEventListener(
        'input',
        (e) => {
          const t0 = e.timeStamp;
          requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t0)));
        },
        true,
      );
    });
    await page.getByRole('textbox', { name: /^1\. Question 1/ }).click();
    await page.keyboard.type(' complétée au clavier', { delay: 30 });
    await page.waitForTimeout(200);
    keys.push(...(await page.evaluate(() => window.__keys)));
    await page.close();
  }
  return { cold, inApp, keys };
}

try {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 860 } });
  await context.addInitScript(OBSERVE);
  const small = await measure(context, BASELINE);
  const big = await measure(context, QUESTIONS);
  const ms = (n) => `${n.toFixed(0)} ms`;
  const verdict = (n) => (n <= BUDGET_MS ? 'within' : `over by ${ms(n - BUDGET_MS)}`);
  const row = (label, key, budget) => {
    const [b, s] = [median(big[key]), median(small[key])];
    console.log(
      `  ${label.padEnd(26)} ${ms(b)} (worst ${ms(Math.max(...big[key]))}) vs ${ms(s)} for ${BASELINE}: ×${(b / s).toFixed(2)}` +
        (budget
          ? `  (budget ${ms(BUDGET_MS)}: ${verdict(b)})`
          : `  over ${big[key].length} keys (one frame: 16 ms)`),
    );
  };
  console.log(`questionnaire of ${QUESTIONS} questions beside ${BASELINE}, ${RUNS} runs each (medians):`);
  row('cold load to interactive', 'cold', true);
  row('from the dossier page', 'inApp', true);
  row('keystroke to next frame', 'keys', false);
} finally {
  await browser.close();
  server.close();
}
