// @ts-check
const { formatFiles, generateFiles, joinPathFragments, names } = require('@nx/devkit');

/**
 * A new service wired everywhere the eight first ones are: code skeleton (PlatformModule, validated
 * env, bootstrap), nx project tagged type:service, k8s base (kustomization through the shared
 * `service` component, resources and image catalog), docker-compose entry and the local launcher
 * (`./certhub up`). What needs a decision is printed, not guessed: NetworkPolicy peers, extra env.
 * @param {import('@nx/devkit').Tree} tree
 * @param {{ name: string; description: string }} options
 */
async function serviceGenerator(tree, options) {
  const { name } = options;
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
  edit(tree, 'infra/local/services.mjs', (text) => text.replace(/(\n {2}'partner',\n)/, `$1  '${name}',\n`));
  edit(tree, 'docker-compose.yml', (text) =>
    text.replace(
      /\nvolumes:\n/,
      `\n  ${name}:\n    <<: *service\n    build:\n      <<: *service-build\n      args: { SERVICE: ${name} }\n` +
        `    environment:\n      <<: [*env-base, *env-mongo]\n    depends_on:\n` +
        `      nats: { condition: service_healthy }\n      mongo: { condition: service_healthy }\n\nvolumes:\n`,
    ),
  );
  return () => {
    console.log(
      [
        `services/${name} is ready. Still yours to decide:`,
        `  - npm install (a new workspace package), then npm run build && ./certhub up`,
        `  - who may reach it: k8s/base/network-policies.yaml (gateway → ${name} if it serves HTTP)`,
        `  - env beyond NATS and MongoDB: src/config.ts, docker-compose.yml, k8s (REQUIRED_EXTRA in k8s/test)`,
      ].join('\n'),
    );
  };
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
