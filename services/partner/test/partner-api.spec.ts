import type { CloudEvent, RpcResponse } from '@certhub/contracts';
import {
  clientCredentialsToken,
  passwordToken,
  uniqueId,
  waitFor,
  type ServiceProcess,
} from '@certhub/testing';
import { PartnerHarness } from './support/partner-harness';
import { certificateIssued, newDossier, newSiren, siretOf, statusChanged } from './support/events';
import { readEvents } from './support/sse';

type Created = RpcResponse<'partner.clients.create'>;

const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

/** The partner journey through the gateway, with real Keycloak clients and tokens. */
describe('partner API through the gateway', () => {
  let h: PartnerHarness;
  let gateway: ServiceProcess;
  let platformAdmin: string;
  let cbAdmin: string;

  beforeAll(async () => {
    h = await PartnerHarness.start({ RATE_LIMIT_PER_MINUTE: '10000' }, ['partner', 'gateway']);
    gateway = h.stack.service('gateway');
    [platformAdmin, cbAdmin] = await Promise.all([
      passwordToken('platform.admin@certhub.local'),
      passwordToken('cb.admin@certhub.local'),
    ]);
  }, 120_000);
  afterAll(() => h?.stop());

  const call = (
    token: string,
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    fetch(`${gateway.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });

  async function createPartner(token: string, scope: Record<string, unknown> = {}): Promise<Created> {
    const res = await call(token, '/api/v1/partners', {
      method: 'POST',
      body: { name: uniqueId('Partner '), scope },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as Created;
    h.track(created.partner.clientId);
    return created;
  }

  it('lets a platform admin create a partner client whose token carries role partner and its tenant; the secret is shown once', async () => {
    const created = await createPartner(platformAdmin, { schemeId: 'amarc' });
    expect(created.clientSecret.length).toBeGreaterThan(16);
    expect(created.partner).toMatchObject({ ownerTenantId: 'platform', scope: { schemeId: 'amarc' } });

    const read = await call(platformAdmin, `/api/v1/partners/${created.partner.id}`);
    expect(read.status).toBe(200);
    expect(await read.text()).not.toContain(created.clientSecret);

    const token = await clientCredentialsToken(created.partner.clientId, created.clientSecret);
    expect(claimsOf(token)).toMatchObject({
      tenant_type: 'partner',
      tenant_id: created.partner.id,
      realm_access: { roles: expect.arrayContaining(['partner']) },
      aud: expect.arrayContaining(['certhub-gateway']),
    });
    const me = await (await call(token, '/api/v1/me')).json();
    expect(me).toMatchObject({ tenantType: 'partner', tenantId: created.partner.id, roles: ['partner'] });
    // A partner manages no partners.
    expect((await call(token, '/api/v1/partners')).status).toBe(403);
  });

  it('lets a CB admin create partners restricted to his own CB only', async () => {
    const refused = [{}, { cbId: uniqueId('cb') }];
    for (const scope of refused) {
      const res = await call(cbAdmin, '/api/v1/partners', { method: 'POST', body: { name: 'Mine', scope } });
      expect(res.status).toBe(403);
    }
    const own = await createPartner(cbAdmin, { cbId: 'cb-demo' });
    expect(own.partner.ownerTenantId).toBe('cb-demo');
    const platformOne = await createPartner(platformAdmin);

    const listed = (await (await call(cbAdmin, '/api/v1/partners?pageSize=100')).json()) as {
      items: { id: string }[];
    };
    expect(listed.items.map((p) => p.id)).toContain(own.partner.id);
    expect(listed.items.map((p) => p.id)).not.toContain(platformOne.partner.id);
    expect((await call(cbAdmin, `/api/v1/partners/${platformOne.partner.id}`)).status).toBe(404);
    const all = (await (await call(platformAdmin, '/api/v1/partners?pageSize=100')).json()) as {
      items: { id: string }[];
    };
    expect(all.items.map((p) => p.id)).toEqual(
      expect.arrayContaining([own.partner.id, platformOne.partner.id]),
    );

    // A name search narrows the CB's own list, never widens it to the platform's partners.
    const named = async (token: string, name: string) =>
      (
        (await (
          await call(token, `/api/v1/partners?q=${encodeURIComponent(name.toLowerCase())}`)
        ).json()) as {
          items: { id: string }[];
          total: number;
        }
      ).items.map((p) => p.id);
    expect(await named(cbAdmin, own.partner.name)).toEqual([own.partner.id]);
    expect(await named(cbAdmin, platformOne.partner.name)).toEqual([]);
    expect(await named(platformAdmin, platformOne.partner.name)).toEqual([platformOne.partner.id]);
    expect((await call(cbAdmin, '/api/v1/partners?q=')).status).toBe(422);
  });

  it('streams a stream subscription’s events as SSE and resumes after Last-Event-ID', async () => {
    const cbId = uniqueId('cb');
    const created = await createPartner(platformAdmin, { cbId });
    const token = await clientCredentialsToken(created.partner.clientId, created.clientSecret);
    const subscribed = await call(token, '/api/v1/partners/me/subscriptions', {
      method: 'POST',
      body: { eventTypes: ['certhub.dossier.status_changed.v1'], delivery: { kind: 'stream' } },
    });
    expect(subscribed.status).toBe(201);
    expect(await subscribed.json()).not.toHaveProperty('secret');

    const dossier = newDossier(cbId, uniqueId('org'));
    const events: CloudEvent[] = ['a', 'b', 'c', 'd', 'e'].map((to, i) =>
      statusChanged(dossier, `s${i}`, to),
    );
    await h.publish(
      ...events.slice(0, 3),
      statusChanged(newDossier(uniqueId('cb'), 'org-x'), 'draft', 'submitted'),
    );
    const stream = `${gateway.url}/api/v1/partners/me/events/stream`;
    const auth = { authorization: `Bearer ${token}` };
    const first = await readEvents(stream, auth, { count: 3 });
    expect(first.contentType).toContain('text/event-stream');
    expect(first.events.map((e) => JSON.parse(e.data).id)).toEqual(events.slice(0, 3).map((e) => e.id));
    expect(first.events.map((e) => e.event)).toEqual(Array(3).fill('certhub.dossier.status_changed.v1'));

    await h.publish(...events.slice(3));
    const resumed = await readEvents(
      stream,
      { ...auth, 'last-event-id': first.events[1]?.id ?? '' },
      { count: 3 },
    );
    expect(resumed.events.map((e) => JSON.parse(e.data).id)).toEqual(events.slice(2).map((e) => e.id));

    // Read from the feed as soon as stored there; the log records it right after.
    const log = await waitFor('the log to record the five', async () => {
      const page = (await (await call(token, '/api/v1/partners/me/deliveries')).json()) as {
        total: number;
        items: { status: string; feedSeq?: number }[];
      };
      return page.items.filter((d) => d.status === 'delivered').length === 5 ? page : undefined;
    });
    expect(log.total).toBe(5);
    expect(log.items.map((d) => d.feedSeq).every((seq) => typeof seq === 'number')).toBe(true);
    // Someone else's token reads nothing of this stream: a CB admin is no partner.
    expect((await readEvents(stream, { authorization: `Bearer ${cbAdmin}` }, { count: 1 })).status).toBe(403);
  });

  it('verifies SIRETs in batch for a partner', async () => {
    const created = await createPartner(platformAdmin);
    const token = await clientCredentialsToken(created.partner.clientId, created.clientSecret);
    const siren = newSiren();
    await h.publish(certificateIssued({ ref: newDossier(uniqueId('cb'), uniqueId('org')), siren }));
    const sirets = [siretOf(siren), siretOf(newSiren())];
    const body = await waitFor('the certificate to be indexed', async () => {
      const res = await call(token, '/api/v1/partners/verify', {
        method: 'POST',
        body: { schemeId: 'amarc', sirets },
      });
      const answer = (await res.json()) as RpcResponse<'partner.verify'>;
      return answer.results?.[0]?.certified ? answer : undefined;
    });
    expect(body.results).toEqual([
      expect.objectContaining({
        siret: sirets[0],
        certified: true,
        status: 'valid',
        validUntil: '2099-12-31',
      }),
      { siret: sirets[1], certified: false },
    ]);
    const tooMany = await call(token, '/api/v1/partners/verify', {
      method: 'POST',
      body: { schemeId: 'amarc', sirets: Array(501).fill(sirets[0]) },
    });
    expect(tooMany.status).toBe(422);
  });

  it('serves the AsyncAPI document beside the OpenAPI one', async () => {
    const res = await fetch(`${gateway.url}/api/asyncapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      asyncapi: string;
      channels: Record<string, { address: string | null }>;
      components: {
        securitySchemes: Record<string, { flows?: { clientCredentials: { tokenUrl: string } } }>;
      };
    };
    expect(doc.asyncapi).toBe('3.0.0');
    expect(Object.values(doc.channels).map((c) => c.address)).toEqual(
      expect.arrayContaining(['evt.dossier.certificate.issued', '/api/v1/partners/me/events/stream', null]),
    );
    expect(
      doc.components.securitySchemes['partnerClientCredentials']?.flows?.clientCredentials.tokenUrl,
    ).toMatch(/\/realms\/certhub\/protocol\/openid-connect\/token$/);
    const openapi = (await (await fetch(`${gateway.url}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/partners',
        '/api/v1/partners/verify',
        '/api/v1/partners/me/subscriptions',
      ]),
    );
  });
});
