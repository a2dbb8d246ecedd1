import { z } from 'zod';
import { errorDetails } from '../errors';
import { routesOf } from './http';
import { HTTP_OPERATIONS, RpcCatalog, rpcAccess } from './subjects';

const requestFields = (subject: keyof typeof RpcCatalog): string[] => {
  const schema = z.toJSONSchema(RpcCatalog[subject].request, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
  };
  return Object.keys(schema.properties ?? {});
};

describe('the catalogue’s HTTP routes', () => {
  it('name only path parameters that are fields of the request', () => {
    const wrong = HTTP_OPERATIONS.flatMap((op) =>
      [...op.path.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1] as string)
        .filter((name) => !requestFields(op.subject).includes(name))
        .map((name) => `${op.subject}: {${name}}`),
    );
    expect(wrong).toEqual([]);
  });

  it('give each method and path to one operation only', () => {
    const routes = HTTP_OPERATIONS.map((op) => `${op.method} ${op.path}`);
    expect(routes.filter((route, i) => routes.indexOf(route) !== i)).toEqual([]);
  });

  it('never mark a route both public and restricted to roles', () => {
    expect(HTTP_OPERATIONS.filter((op) => op.public && (op.roles?.length || op.shared))).toEqual([]);
  });

  it('make a signed-in caller optional on public routes only', () => {
    expect(HTTP_OPERATIONS.filter((op) => op.signedInOptional && !op.public)).toEqual([]);
  });
});

describe(routesOf.name, () => {
  it('adds the shared part to each route, which may not restate it', () => {
    const partnerApi = routesOf({ roles: ['partner'], tag: 'partner API' });
    expect(partnerApi({ method: 'GET', path: '/api/v1/partners/me', summary: 'Me' })).toEqual({
      method: 'GET',
      path: '/api/v1/partners/me',
      summary: 'Me',
      roles: ['partner'],
      tag: 'partner API',
    });
    // @ts-expect-error the area's tag is the area's
    partnerApi({ method: 'GET', path: '/api/v1/partners/me', summary: 'Me', tag: 'other' });
  });
});

describe(rpcAccess.name, () => {
  it('reads public, shared and principal operations off the catalogue', () => {
    expect(rpcAccess('certificate.verify.number')).toBe('public');
    expect(rpcAccess('complaints.lodge')).toBe('optional');
    expect(rpcAccess('dossier.schemes.list')).toBe('shared');
    expect(rpcAccess('dossier.dossiers.create')).toBe('principal');
    // Internal operations (no route) run as a user or as the platform: a principal either way.
    expect(rpcAccess('identity.recipients.resolve')).toBe('principal');
  });
});

describe(errorDetails.name, () => {
  it('lists every issue by field, naming unknown keys and whole-request refusals', () => {
    const schema = z
      .object({ siret: z.string().length(14), contact: z.object({ email: z.email() }) })
      .strict()
      .refine(() => false, 'never valid');
    const parsed = schema.safeParse({ siret: '1', contact: { email: 'x' }, extra: 1 });
    expect(parsed.success).toBe(false);
    expect(errorDetails(parsed.error?.issues ?? []).map((d) => d.field)).toEqual(
      expect.arrayContaining(['siret', 'contact.email', 'extra']),
    );
    const whole = z
      .object({})
      .refine(() => false, 'never valid')
      .safeParse({});
    expect(errorDetails(whole.error?.issues ?? [])).toEqual([{ field: '(request)', message: 'never valid' }]);
  });
});
