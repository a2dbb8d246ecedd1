import { checkSiren, checkSiret } from '@certhub/contracts';
import { GatewayClient, TestStack, uniqueId } from '@certhub/testing';

type Body = Record<string, unknown>;

/** A person nobody registered yet: a fresh birth name each time. */
/** The day `days` from today (YYYY-MM-DD, UTC): before today when negative. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const person = (establishmentId = 'est-demo-a') => ({
  establishmentId,
  civility: 'mrs',
  birthName: `Martin-${uniqueId('n').replace(/[^a-z0-9]/gi, '')}`,
  firstName: 'Élodie',
  birthDate: '1991-03-14',
  birthCity: 'Lyon',
  birthPostalCode: '69003',
  registrationStatus: 'employee',
  delegatedBranch: 'Commerce de détail et de gros à prédominance alimentaire',
  contextualisedBase: false,
  trainingLevel: 3,
  mainFunder: 'opco',
  professionalGoals: 'Devenir cheffe de rayon',
});

/** What the guide's check list wants before sending: e-mail, postal address and both goals. */
export const completeIdentity = {
  email: 'elodie.martin@example.org',
  address: { line1: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'FR' },
  personalGoals: 'Reprendre confiance à l’écrit',
};

/**
 * The establishment validated by the demo certifier for `years` from today, asked as `establishment`,
 * whatever other tests asked before (a pending request is decided, a validated one renewed).
 */
export async function habilitate(
  gateway: GatewayClient,
  establishment: string,
  establishmentId: string,
  years = 3,
) {
  const asked = await gateway.api(establishment, 'POST', `/establishments/${establishmentId}/habilitations`, {
    certifierIds: ['cb-demo'],
  });
  const pending =
    asked.status === 201
      ? ((asked.body['items'] as Body[])[0] as Body)
      : (
          (
            await gateway.ok(
              'certifier',
              'GET',
              `/habilitations?establishmentId=${establishmentId}&status=pending`,
            )
          )['items'] as Body[]
        )[0];
  const start = inDays(0);
  await gateway.ok('certifier', 'PUT', `/habilitations/${String(pending?.['id'])}/decision`, {
    decision: 'validated',
    startsOn: start,
    endsOn: `${Number(start.slice(0, 4)) + years}${start.slice(4)}`,
  });
}

/** Every sub-domain of the current framework, acquired except those listed. */
export async function scores(gateway: GatewayClient, notAcquired: string[] = []) {
  const framework = await gateway.ok('establishment.a', 'GET', '/clea-framework');
  return (framework['domains'] as { subDomains: { id: string }[] }[]).flatMap((d) =>
    d.subDomains.map((s) => ({ subDomainId: s.id, acquired: !notAcquired.includes(s.id) })),
  );
}

/** Who evaluated, as an evaluation's form names him. */
export const evaluator = {
  evaluatorName: 'Claire Dubois',
  evaluatorEmail: 'claire.dubois@example.org',
  evaluatedOn: '2026-11-02',
};

/** A training that ended two days ago, in the domain the evaluations leave not acquired (3). */
export const recentTraining = {
  title: 'Module numérique',
  startsOn: inDays(-10),
  endsOn: inDays(-2),
  durationHours: 21,
  domainIds: ['3'],
};

/**
 * Opens, scores (every sub-domain acquired except those listed), attaches a real matrix and
 * finalises the candidate's next evaluation as `who`; answers the finalised evaluation.
 */
export async function evaluate(
  gateway: GatewayClient,
  candidate: Body,
  notAcquired: string[] = [],
  who = 'establishment.a',
): Promise<Body> {
  const id = candidate['id'] as string;
  const opened = await gateway.ok(who, 'POST', `/candidates/${id}/evaluations`, evaluator);
  const matrix = await gateway.upload(
    who,
    candidate['filesContextId'] as string,
    'matrice.pdf',
    `%PDF-1.7\n${uniqueId('matrix')}`,
  );
  const saved = await gateway.ok(who, 'PUT', `/candidates/${id}/evaluations/${String(opened['id'])}`, {
    ...evaluator,
    scores: await scores(gateway, notAcquired),
    matrixDocumentId: matrix,
    version: opened['candidateVersion'],
  });
  return gateway.ok(who, 'POST', `/candidates/${id}/evaluations/${String(opened['id'])}/finalisation`, {
    version: saved['candidateVersion'],
  });
}

/**
 * `services` (identity, document and candidacy unless told) and the gateway for one test file (jest's
 * beforeAll and afterAll), signed in as `users`; with `habilitated`, the demo establishment A is
 * validated by the demo certifier before the file's tests run. The client answered stands for the
 * one signed in then: its methods may be taken at once (`const { api } = gateway`) and called from
 * the tests.
 */
export function gatewayStack(
  users: string[],
  options: { habilitated?: boolean; services?: string[] } = {},
): GatewayClient {
  const { habilitated = false, services = ['identity', 'document', 'candidacy'] } = options;
  let stack: TestStack | undefined;
  let client: GatewayClient | undefined;
  beforeAll(async () => {
    stack = await TestStack.start([...services, 'gateway']);
    client = await GatewayClient.signIn(stack.service('gateway').url, users);
    if (habilitated) await habilitate(client, 'establishment.a', 'est-demo-a');
  }, 180_000);
  afterAll(() => stack?.stop());
  const signedIn = (): GatewayClient => {
    if (!client) throw new Error('the gateway is signed in by beforeAll: call it from a test');
    return client;
  };
  return new Proxy({} as GatewayClient, {
    // Methods only, bound when called; `then` stays undefined so the stand-in is never taken for a promise.
    get: (_target, key) =>
      key === 'then' || typeof key === 'symbol'
        ? undefined
        : (...args: unknown[]) =>
            (Reflect.get(signedIn(), key) as (...a: unknown[]) => unknown).apply(signedIn(), args),
  });
}

/** A fresh, valid number: random digits completed by the check digit that makes it pass. */
function numbered(prefix: string, check: (value: string) => { ok: boolean }): string {
  for (let digit = 0; digit <= 9; digit += 1) if (check(`${prefix}${digit}`).ok) return `${prefix}${digit}`;
  throw new Error(`no check digit for ${prefix}`);
}
const randomDigits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/** Where a new establishment is, and who answers for it and its organisation. */
export interface EstablishmentSite {
  contact: { lastName: string; firstName: string; email: string };
  address: { line1: string; postalCode: string; city: string; country: string };
  phone: string;
  region: string;
}

/**
 * A new training organisation of `networkId` (a fresh, valid SIREN) and its establishment at `site`
 * (a SIRET of that SIREN), opened through the gateway by the network's administrator `user`; the
 * establishment's id.
 */
export async function openEstablishment(
  gateway: GatewayClient,
  user: string,
  networkId: string,
  site: EstablishmentSite,
): Promise<string> {
  const { contact, address } = site;
  const siren = numbered(randomDigits(8), checkSiren);
  const organisation = await gateway.ok(user, 'POST', `/networks/${networkId}/organisations`, {
    siren,
    name: `FORMATION ${uniqueId('of').toUpperCase()}`,
    address,
    contact,
    billingEmail: 'factures@example.org',
  });
  const establishment = await gateway.ok(
    user,
    'POST',
    `/training-organisations/${String(organisation['id'])}/establishments`,
    {
      name: `${String(organisation['name'])} ${address.city}`,
      siret: numbered(`${siren}${randomDigits(4)}`, checkSiret),
      officialContact: contact,
      publicContact: { ...contact, phone: site.phone },
      address,
      region: site.region,
    },
  );
  return establishment['id'] as string;
}
