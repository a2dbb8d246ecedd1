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

/** Generators run against a copy-on-write tree over the real workspace: nothing is written. */
describe('certhub generators', () => {
  const tree = () => new FsTree(REPO_ROOT, false);

  it('scaffolds a service and registers it in k8s, compose and the local launcher', async () => {
    const t = tree();
    await serviceGenerator(t, { name: 'jury', description: 'Juries' });
    expect(t.read('services/jury/src/main.ts', 'utf-8')).toContain("service: 'jury'");
    expect(JSON.parse(t.read('services/jury/project.json', 'utf-8') ?? '{}')).toMatchObject({
      tags: ['type:service'],
    });
    expect(t.read('k8s/base/kustomization.yaml', 'utf-8')).toMatch(
      /- services\/jury\n[\s\S]*ghcr\.io\/certhub\/jury/,
    );
    expect(t.read('infra/local/services.mjs', 'utf-8')).toContain("'jury',");
    expect(t.read('docker-compose.yml', 'utf-8')).toContain('args: { SERVICE: jury }');
    expect(readFileSync(join(REPO_ROOT, 'k8s/base/kustomization.yaml'), 'utf8')).not.toContain('jury');
  });

  it('refuses a service that exists', async () => {
    await expect(serviceGenerator(tree(), { name: 'dossier', description: 'x' })).rejects.toThrow(
      /exists already/,
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
});
