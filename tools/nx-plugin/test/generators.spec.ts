import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FsTree, type Tree } from 'nx/src/generators/tree';
import { REPO_ROOT } from '@certhub/testing';

// The generators are CommonJS (nx loads them without a TypeScript transpiler).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const serviceGenerator = require('../src/service/generator.js') as (
  t: Tree,
  o: object,
) => Promise<() => void>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const usecaseGenerator = require('../src/usecase/generator.js') as (t: Tree, o: object) => Promise<void>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const endpointGenerator = require('../src/endpoint/generator.js') as (t: Tree, o: object) => Promise<void>;

/** Generators run against a copy-on-write tree over the real workspace: nothing is written. */
describe('certhub generators', () => {
  const tree = () => new FsTree(REPO_ROOT, false);

  it('scaffolds a service and registers it in k8s, compose and the local launcher', async () => {
    const t = tree();
    await serviceGenerator(t, { name: 'jury', description: 'Juries' });
    expect(t.read('services/jury/src/main.ts', 'utf-8')).toContain("service: 'jury'");
    expect(t.read('services/jury/src/app.module.ts', 'utf-8')).toContain(
      "serviceRoot(AppModule, 'jury', config, [])",
    );
    expect(JSON.parse(t.read('services/jury/project.json', 'utf-8') ?? '{}')).toMatchObject({
      tags: ['type:service'],
    });
    expect(t.read('k8s/base/kustomization.yaml', 'utf-8')).toMatch(
      /- services\/jury\n[\s\S]*ghcr\.io\/certhub\/jury/,
    );
    // Its own NATS user: the table (which the local launcher reads too), the rendered server config,
    // its password in compose and in the k8s secrets.
    const table = t.read('infra/nats/permissions.mjs', 'utf-8') ?? '';
    expect(table).toMatch(/export const RPC_SERVICES = \[\n(?: {2}'[a-z]+',\n)+ {2}'jury',\n\];/);
    expect(table).toContain('  jury: { events: true, streams: [EVENTS_STREAM] },\n};');
    expect(t.read('infra/nats/auth.conf', 'utf-8')).toMatch(
      /user: jury\n\s+password: \$NATS_PASSWORD_JURY[\s\S]+subscribe: \{ allow: \["jury\.>", "_INBOX\.jury\.>"\] \}/,
    );
    expect(t.read('infra/nats/auth.conf', 'utf-8')).toMatch(/user: gateway[^}]+"jury\.>"/);
    const compose = t.read('docker-compose.yml', 'utf-8') ?? '';
    expect(compose).toContain('args: { SERVICE: jury }');
    expect(compose).toContain('NATS_PASSWORD_JURY: certhub-dev-nats-jury');
    expect(compose).toMatch(/NATS_USER: jury\n\s+NATS_PASSWORD: certhub-dev-nats-jury/);
    expect(t.read('k8s/base/secret.example.env', 'utf-8')).toContain('nats-password-jury=<nats-password>');
    expect(t.read('k8s/overlays/dev/secret.dev.env', 'utf-8')).toContain(
      'nats-password-jury=certhub-dev-nats-jury',
    );
    expect(t.read('k8s/overlays/prod/kustomization.yaml', 'utf-8')).toMatch(
      /ghcr\.io\/certhub\/partner, newTag: (\S+) \}\n {2}- \{ name: ghcr\.io\/certhub\/jury, newTag: \1 \}/,
    );
    expect(readFileSync(join(REPO_ROOT, 'k8s/base/kustomization.yaml'), 'utf8')).not.toContain('jury');
  });

  it('refuses a service that exists, or a name that cannot be a NATS user', async () => {
    await expect(serviceGenerator(tree(), { name: 'dossier', description: 'x' })).rejects.toThrow(
      /exists already/,
    );
    await expect(serviceGenerator(tree(), { name: 'jury-room', description: 'x' })).rejects.toThrow(
      /lowercase letters and digits/,
    );
  });

  it('puts a use case in its own verb-named folder with a spec', async () => {
    const t = tree();
    await usecaseGenerator(t, { service: 'dossier', feature: 'findings', name: 'reopen-finding' });
    const code = t.read('services/dossier/src/findings/reopen-finding/reopen-finding.usecase.ts', 'utf-8');
    expect(code).toContain('export class ReopenFinding');
    expect(t.exists('services/dossier/src/findings/reopen-finding/reopen-finding.usecase.spec.ts')).toBe(
      true,
    );
    await expect(usecaseGenerator(tree(), { service: 'nope', feature: 'x', name: 'do-it' })).rejects.toThrow(
      /no service nope/,
    );
  });

  it('adds an endpoint as a contract entry with its route, a typed use case, and its binding', async () => {
    const t = tree();
    await endpointGenerator(t, {
      subject: 'dossier.findings.reopen',
      feature: 'findings',
      name: 'reopen-finding',
      summary: 'Reopen a closed finding',
      method: 'POST',
      path: '/api/v1/findings/{findingId}/reopening',
      roles: 'analyst,cb_admin',
    });
    const contract = t.read('libs/contracts/src/rpc/finding.rpc.ts', 'utf-8') ?? '';
    expect(contract).toMatch(
      /'dossier\.findings\.reopen': \{\s+http: \{\s+method: 'POST',\s+path: '\/api\/v1\/findings\/\{findingId\}\/reopening',\s+roles: \['analyst', 'cb_admin'\],\s+tag: 'findings',/,
    );
    expect(contract).toContain('request: z.object({ findingId: z.string().min(1).max(64) }).strict()');
    const usecase = t.read('services/dossier/src/findings/reopen-finding/reopen-finding.usecase.ts', 'utf-8');
    expect(usecase).toContain("Promise<RpcResponse<'dossier.findings.reopen'>>");
    expect(t.exists('services/dossier/src/findings/reopen-finding/reopen-finding.usecase.spec.ts')).toBe(
      true,
    );
    const handlers = t.read('services/dossier/src/findings/findings.controller.ts', 'utf-8') ?? '';
    // Appended after the controller's last binding, whichever it is today; the others kept.
    const before = readFileSync(
      join(REPO_ROOT, 'services/dossier/src/findings/findings.controller.ts'),
      'utf8',
    );
    const bindings = [...before.matchAll(/handle\([^)]*\),/g)].map((m) => m[0]);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(handlers).toMatch(
      new RegExp(
        `${escape(bindings.at(-1) ?? '')}\\s+handle\\('dossier\\.findings\\.reopen', ReopenFinding\\),\\s+\\);`,
      ),
    );
    for (const binding of bindings) expect(handlers).toContain(binding);
    expect(t.read('services/dossier/src/findings/findings.module.ts', 'utf-8')).toMatch(
      /providers: \[\s*ReopenFinding,/,
    );
    expect(readFileSync(join(REPO_ROOT, 'libs/contracts/src/rpc/finding.rpc.ts'), 'utf8')).not.toContain(
      'reopen',
    );
  });

  it('gives a route taking lifecycle actions the roles of their rows, and maps it in the roles spec', async () => {
    const t = tree();
    await endpointGenerator(t, {
      subject: 'dossier.findings.reopen',
      feature: 'findings',
      name: 'reopen-finding',
      summary: 'Reopen a closed finding',
      method: 'POST',
      path: '/api/v1/findings/{findingId}/reopening',
      takes: 'FINDING_TABLE:reopen',
    });
    const contract = t.read('libs/contracts/src/rpc/finding.rpc.ts', 'utf-8') ?? '';
    expect(contract).toMatch(/roles: actorsOf\(FINDING_TABLE, 'reopen'\),\s+tag: 'findings',/);
    expect(contract).toContain("import { actorsOf } from '../lifecycles/lifecycle-table';");
    expect(
      contract.match(/import \{ FINDING_TABLE \} from '\.\.\/lifecycles\/finding\.table';/g),
    ).toHaveLength(1);
    expect(t.read('libs/contracts/src/lifecycles/catalogue-roles.spec.ts', 'utf-8')).toContain(
      "  'dossier.findings.reopen': { finding: ['reopen'] },\n};",
    );
    await expect(
      endpointGenerator(tree(), {
        subject: 'dossier.findings.reopen',
        feature: 'findings',
        name: 'reopen-finding',
        summary: 'x',
        method: 'POST',
        path: '/api/v1/findings/{findingId}/reopening',
        roles: 'analyst',
        takes: 'FINDING_TABLE:reopen',
      }),
    ).rejects.toThrow(/rows' roles/);
  });

  it('adds an internal operation (no route) to a feature whose list fits on one line', async () => {
    const t = tree();
    await endpointGenerator(t, {
      subject: 'dossier.dossiers.purge',
      feature: 'trail',
      name: 'purge-trail',
      summary: 'Purge the trail past its retention',
    });
    expect(t.read('libs/contracts/src/rpc/dossier.rpc.ts', 'utf-8')).toMatch(
      /'dossier\.dossiers\.purge': \{\s+request: z\.object\(\{\}\)\.strict\(\),/,
    );
    expect(t.read('services/dossier/src/trail/trail.controller.ts', 'utf-8')).toMatch(
      /handle\('dossier\.dossiers\.trail', GetTrail\),\s+handle\('dossier\.dossiers\.purge', PurgeTrail\),/,
    );
    await expect(
      endpointGenerator(tree(), {
        subject: 'dossier.x.y',
        feature: 'x',
        name: 'do-it',
        summary: 'x',
        method: 'GET',
      }),
    ).rejects.toThrow(/both method and path/);
  });
});
