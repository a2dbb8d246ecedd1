// @ts-check
const { execFileSync } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { formatFiles, generateFiles, joinPathFragments, names } = require('@nx/devkit');

/**
 * A new service wired everywhere the eight first ones are: code skeleton (PlatformModule, validated
 * env, bootstrap), nx project tagged type:service, k8s base (kustomization through the shared
 * `service` component, resources and image catalog), docker-compose entry, its own NATS user (the
 * permissions table, the rendered auth.conf, its password in compose and the k8s secrets) and the
 * local launcher (`./certhub up`, which reads the same table). What needs a decision is printed,
 * not guessed: NetworkPolicy peers, extra env, which other services it calls.
 * @param {import('@nx/devkit').Tree} tree
 * @param {{ name: string; description: string }} options
 */
async function serviceGenerator(tree, options) {
  const { name } = options;
  // One word: the name is a NATS subject token and a NATS user whose password is NATS_PASSWORD_<NAME>.
  if (!/^[a-z][a-z0-9]*$/.test(name)) throw new Error(`service name "${name}": lowercase letters and digits`);
  const root = joinPathFragments('services', name);
  if (tree.exists(root)) throw new Error(`${root} exists already`);
  const vars = { name, className: names(name).className, description: options.description };
  generateFiles(tree, joinPathFragments(__dirname, 'files'), root, vars);
  generateFiles(
    tree,
    joinPathFragments(__dirname, 'k8s'),
    joinPathFragments('k8s/base/services', name),
    vars,
  );

  edit(tree, 'k8s/base/kustomization.yaml', (text) =>
    text
      .replace(/(resources:\n(?: {2}- services\/.*\n)+)/, `$1  - services/${name}\n`)
      .replace(/(images:\n(?: {2}- .*\n)+)/, `$1  - { name: ghcr.io/certhub/${name}, newTag: latest }\n`),
  );
  // Released with the others: the production overlay pins the same tag as its other services.
  edit(tree, 'k8s/overlays/prod/kustomization.yaml', (text) =>
    text.replace(
      /(\n {2}- \{ name: ghcr\.io\/certhub\/partner, newTag: ([^ ]+) \}\n)/,
      `$1  - { name: ghcr.io/certhub/${name}, newTag: $2 }\n`,
    ),
  );
  registerNatsUser(tree, name);
  const devPassword = `certhub-dev-nats-${name}`;
  edit(tree, 'docker-compose.yml', (text) =>
    text
      .replace(
        /(\n {6}NATS_PASSWORD_PARTNER: .*\n)/,
        `$1      NATS_PASSWORD_${name.toUpperCase()}: ${devPassword}\n`,
      )
      .replace(
        /\nvolumes:\n/,
        `\n  ${name}:\n    <<: *service\n    build:\n      <<: *service-build\n      args: { SERVICE: ${name} }\n` +
          `    environment:\n      <<: [*env-base, *env-mongo]\n      NATS_USER: ${name}\n` +
          `      NATS_PASSWORD: ${devPassword} # local dev default\n    depends_on:\n` +
          `      nats: { condition: service_healthy }\n      mongo: { condition: service_healthy }\n\nvolumes:\n`,
      ),
  );
  edit(tree, 'k8s/base/secret.example.env', (text) =>
    text.replace(/(\nnats-password-partner=.*\n)/, `$1nats-password-${name}=<nats-password>\n`),
  );
  edit(tree, 'k8s/overlays/dev/secret.dev.env', (text) =>
    text.replace(/(\nnats-password-partner=.*\n)/, `$1nats-password-${name}=${devPassword}\n`),
  );
  return () => {
    console.log(
      [
        `services/${name} is ready. Still yours to decide:`,
        `  - npm install (a new workspace package), then npm run build && ./certhub up`,
        `  - who may reach it: k8s/base/network-policies.yaml (gateway → ${name} if it serves HTTP)`,
        `  - env beyond NATS and MongoDB: src/config.ts, docker-compose.yml, k8s (REQUIRED_EXTRA in k8s/test)`,
        `  - what it calls on the bus: its \`calls\` in infra/nats/permissions.mjs, then`,
        `    node infra/nats/permissions.mjs > infra/nats/auth.conf`,
      ].join('\n'),
    );
  };
}

/**
 * The service answers `<name>.>` and publishes its outbox's events: a row in the permissions table
 * (the local launcher's service list too), and auth.conf rendered again from the edited table.
 * @param {import('@nx/devkit').Tree} tree @param {string} name
 */
function registerNatsUser(tree, name) {
  const table = 'infra/nats/permissions.mjs';
  edit(tree, table, (text) =>
    text
      .replace(/(export const RPC_SERVICES = \[\n(?: {2}'[a-z0-9]+',\n)+)\]/, `$1  '${name}',\n]`)
      .replace(
        /(\n};\n\n\/\*\*\n \* The JetStream API)/,
        `\n  ${name}: { events: true, streams: [EVENTS_STREAM] },$1`,
      ),
  );
  // The table is an ES module run by node: render the edited copy in a scratch directory.
  const dir = mkdtempSync(join(tmpdir(), 'certhub-nats-'));
  try {
    writeFileSync(join(dir, 'permissions.mjs'), tree.read(table, 'utf-8') ?? '');
    tree.write(
      'infra/nats/auth.conf',
      execFileSync(process.execPath, [join(dir, 'permissions.mjs')], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {import('@nx/devkit').Tree} tree @param {string} path @param {(text: string) => string} change */
function edit(tree, path, change) {
  const before = tree.read(path, 'utf-8');
  if (before === null) throw new Error(`${path} is missing`);
  const after = change(before);
  if (after === before) throw new Error(`${path}: could not find where to register the service`);
  tree.write(path, after);
}

module.exports = serviceGenerator;
module.exports.default = serviceGenerator;
