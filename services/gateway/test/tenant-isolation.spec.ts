import { TestStack, passwordToken, startService, type ServiceProcess } from '@certhub/testing';

/**
 * The tenant isolation probe: walks EVERY operation of the OpenAPI document as a user of tenant B
 * against resources of tenant A and asserts that nothing of A comes back. It reads the document,
 * not a list of routes, so routes added later are probed without touching this file.
 */
interface Operation {
  method: string;
  path: string;
  operationId: string;
  security: unknown[];
  'x-tenant-shared'?: boolean;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  format?: string;
  examples?: unknown[];
  default?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}
interface Tenant {
  label: string;
  token: string;
  tenantId: string;
  /** Strings that belong to this tenant and must never appear in another tenant's answers. */
  secrets: Set<string>;
  /** Resource ids of this tenant by path parameter name, harvested from its own lists. */
  ids: Map<string, string>;
}

const SERVICES_BY_SUBJECT_PREFIX = (operationId: string) => operationId.split('.')[0] as string;

function sampleFromSchema(schema: JsonSchema | undefined): unknown {
  if (!schema) return 'probe';
  if (schema.examples?.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.anyOf?.length) return sampleFromSchema(schema.anyOf[0]);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((k) => [k, sampleFromSchema(schema.properties?.[k])]),
      );
    case 'array':
      return [];
    case 'boolean':
      return false;
    case 'integer':
    case 'number':
      return 1;
    default:
      return schema.format === 'email' ? 'probe@example.org' : 'probe';
  }
}

/** The answer without what B itself sent: ids B put in the path may be echoed ("x was not found"). */
function withoutEcho(body: unknown, sentIds: string[]): string {
  let text = JSON.stringify(body);
  for (const id of sentIds) text = text.split(id).join('<sent>');
  return text;
}

describe('tenant isolation probe over the whole OpenAPI document', () => {
  let stack: TestStack;
  let gateway: ServiceProcess;
  let operations: Operation[];

  beforeAll(async () => {
    // A first gateway, alone, only to read which services the documented routes reach.
    const probe = await startService('gateway');
    const doc = (await (await fetch(`${probe.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })),
    );
    await probe.stop();
    const needed = [...new Set(operations.map((op) => SERVICES_BY_SUBJECT_PREFIX(op.operationId)))];
    stack = await TestStack.start([...new Set(['gateway', ...needed])], { RATE_LIMIT_PER_MINUTE: '100000' });
    gateway = stack.service('gateway');
  }, 120_000);

  afterAll(() => stack?.stop());

  const call = (tenant: Tenant, method: string, path: string, body?: unknown) =>
    fetch(`${gateway.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tenant.token}`,
        'content-type': body instanceof Uint8Array ? 'application/octet-stream' : 'application/json',
      },
      ...(body === undefined ? {} : { body: body instanceof Uint8Array ? body : JSON.stringify(body) }),
    });

  /** A JSON body from the schema; a file route's body is bytes (a PDF's first ones). */
  const sampleBody = (op: Operation): unknown => {
    if (!op.requestBody) return undefined;
    const json = op.requestBody.content['application/json'];
    return json ? sampleFromSchema(json.schema) : new TextEncoder().encode('%PDF-1.7\n%probe\n');
  };

  /** Logs in and harvests the tenant's own resource ids and data from every list it may read. */
  async function tenant(
    label: string,
    email: string,
    tenantId: string,
    idParams: Record<string, string>,
  ): Promise<Tenant> {
    const t: Tenant = {
      label,
      token: await passwordToken(email),
      tenantId,
      secrets: new Set([tenantId, email]),
      ids: new Map(Object.entries(idParams)),
    };
    const ownLists = operations.filter(
      (o) => o.method === 'GET' && !o.path.includes('{') && o.security.length && !o['x-tenant-shared'],
    );
    for (const op of ownLists) {
      const res = await call(t, 'GET', op.path);
      if (res.status !== 200) continue;
      // Exports answer a file, not a list.
      const body = (await res.json().catch(() => ({}))) as { items?: Record<string, unknown>[] };
      for (const item of body.items ?? []) {
        if (typeof item['id'] !== 'string') continue;
        if (item['tenantId'] && item['tenantId'] !== tenantId) continue; // shared reference data
        // `/api/v1/users` lists what `/api/v1/users/{userId}` addresses.
        const param = operations
          .find((o) => o.path.startsWith(`${op.path}/{`))
          ?.path.slice(op.path.length + 2)
          .split('}')[0];
        if (param && !t.ids.has(param)) t.ids.set(param, item['id']);
        t.secrets.add(item['id']);
        if (typeof item['email'] === 'string') t.secrets.add(item['email']);
      }
    }
    return t;
  }

  /**
   * Two establishments of one training network: A registers a candidate and asks for a habilitation
   * first, so the probe has A's records of the individuals' line to aim at.
   */
  async function seedEstablishment(email: string, establishmentId: string): Promise<void> {
    const a = {
      label: 'seed',
      token: await passwordToken(email),
      tenantId: establishmentId,
      secrets: new Set<string>(),
      ids: new Map(),
    };
    const created = await call(a, 'POST', '/api/v1/candidates', {
      establishmentId,
      civility: 'mr',
      birthName: 'Sonde',
      firstName: 'Isolation',
      birthDate: '1980-01-01',
      birthCity: 'Dijon',
      birthPostalCode: '21000',
      registrationStatus: 'job_seeker',
      trainingLevel: 2,
      mainFunder: 'individual_initiative',
    });
    expect(created.status).toBe(201);
    const asked = await call(a, 'POST', `/api/v1/establishments/${establishmentId}/habilitations`, {
      certifierIds: ['cb-demo'],
    });
    expect(asked.status).toBe(201);
  }

  it.each([
    { b: 'org.admin@certhub.local', tenantB: 'org-demo', a: 'cb.admin@certhub.local', tenantA: 'cb-demo' },
    { b: 'cb.admin@certhub.local', tenantB: 'cb-demo', a: 'org.admin@certhub.local', tenantA: 'org-demo' },
    {
      b: 'establishment.b@certhub.local',
      tenantB: 'est-demo-b',
      a: 'establishment.a@certhub.local',
      tenantA: 'est-demo-a',
    },
  ])('a user of $tenantB gets nothing of $tenantA', async ({ b: emailB, tenantB, a: emailA, tenantA }) => {
    if (tenantA.startsWith('est-')) await seedEstablishment(emailA, tenantA);
    const a = await tenant(
      'A',
      emailA,
      tenantA,
      tenantA.startsWith('org') ? { organisationId: tenantA } : {},
    );
    const b = await tenant('B', emailB, tenantB, {});
    const failures: string[] = [];
    for (const op of operations.filter((o) => o.security.length)) {
      const sentIds: string[] = [];
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const id = a.ids.get(name) ?? `not-${name}`;
        sentIds.push(id);
        return id;
      });
      const body = sampleBody(op);
      const res = await call(b, op.method, path, body);
      const text = withoutEcho(await res.json().catch(() => null), sentIds);
      const leaked = op['x-tenant-shared'] ? [] : [...a.secrets].filter((s) => text.includes(s));
      const addressesA = path !== op.path;
      // Addressing A's resources must be refused; a list answers B's own data only, and a creation
      // makes B's own. 422 is an input refusal made before any data is read, and 403 a role refusal.
      const allowed = addressesA ? [403, 404, 422] : [200, 201, 403, 422];
      if (leaked.length || !allowed.includes(res.status)) {
        failures.push(
          `${op.method} ${path} → ${res.status}${leaked.length ? ` leaked ${leaked.join(', ')}` : ''}`,
        );
      }
    }
    expect(failures).toEqual([]);
    // The probe must have had something of A to aim at.
    expect(a.ids.size).toBeGreaterThan(0);
  });
});
