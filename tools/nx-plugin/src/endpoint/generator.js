// @ts-check
const { formatFiles, generateFiles, joinPathFragments, names } = require('@nx/devkit');

const RPC_DIR = 'libs/contracts/src/rpc';

/**
 * Adding an endpoint is a contract entry and a use case: this writes both and binds them.
 * - the entry in libs/contracts/src/rpc/<contract>.rpc.ts: request schema (path parameters as
 *   fields, strict), a response schema to fill in, and the HTTP route when a method and path are
 *   given (the gateway registers it and documents it in OpenAPI from there);
 * - services/<service>/src/<feature>/<name>/<name>.usecase.ts and its spec, typed by the subject;
 * - `handle('<subject>', UseCase)` in the feature's <feature>.controller.ts (created and registered
 *   in the module when the feature has none) and the use case in the module's providers.
 * @param {import('@nx/devkit').Tree} tree
 * @param {{ subject: string; feature: string; name: string; summary: string; method?: string;
 *   path?: string; status?: number; roles?: string; tag?: string; contract?: string }} options
 */
async function endpointGenerator(tree, options) {
  const { subject, feature } = options;
  const service = subject.split('.')[0];
  const serviceRoot = joinPathFragments('services', service);
  if (!tree.exists(joinPathFragments(serviceRoot, 'project.json')))
    throw new Error(`no service ${service}: ${serviceRoot}/project.json does not exist`);
  if (Boolean(options.method) !== Boolean(options.path))
    throw new Error('give both method and path for an HTTP route, or neither for an internal operation');
  const featureRoot = joinPathFragments(serviceRoot, 'src', feature);
  const folder = joinPathFragments(featureRoot, options.name);
  if (tree.exists(folder)) throw new Error(`${folder} exists already`);
  const { className, fileName } = names(options.name);

  addContractEntry(tree, options);
  generateFiles(tree, joinPathFragments(__dirname, 'files'), folder, {
    className,
    fileName,
    subject,
    description: options.summary,
  });
  bind(tree, featureRoot, feature, {
    subject,
    className,
    importPath: `./${options.name}/${fileName}.usecase`,
  });
  await formatFiles(tree);
}

/** @param {import('@nx/devkit').Tree} tree @param {Parameters<typeof endpointGenerator>[1]} options */
function addContractEntry(tree, options) {
  const { subject } = options;
  const file = contractFile(tree, options);
  const text = read(tree, file);
  if (text.includes(`'${subject}':`)) throw new Error(`${file} has ${subject} already`);
  const params = [...(options.path ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const http = options.method
    ? [
        `method: '${options.method}'`,
        `path: '${options.path}'`,
        ...(options.status && options.status !== 200 ? [`status: ${options.status}`] : []),
        ...(options.roles
          ? [
              `roles: [${options.roles
                .split(',')
                .map((r) => `'${r.trim()}'`)
                .join(', ')}]`,
            ]
          : []),
        `tag: '${options.tag ?? options.feature}'`,
        `summary: ${JSON.stringify(options.summary)}`,
      ]
    : [];
  const entry = [
    `  /** ${options.summary} */`,
    `  '${subject}': {`,
    ...(http.length ? [`    http: { ${http.join(', ')} },`] : []),
    `    request: z.object({${params.map((p) => ` ${p}: z.string().min(1).max(64)`).join(',')}${params.length ? ' ' : ''}}).strict(),`,
    '    // What the use case answers: fill in before writing it.',
    '    response: z.object({}),',
    '  },',
  ].join('\n');
  const end = text.lastIndexOf('} as const;');
  if (end < 0) throw new Error(`${file}: no catalogue object (\`} as const;\`) to add ${subject} to`);
  tree.write(file, `${text.slice(0, end)}${entry}\n${text.slice(end)}`);
}

/** The catalogue file holding the subject's closest siblings, or the one named. */
function contractFile(tree, options) {
  if (options.contract) return joinPathFragments(RPC_DIR, `${options.contract}.rpc.ts`);
  const parts = options.subject.split('.');
  const files = tree.children(RPC_DIR).filter((f) => f.endsWith('.rpc.ts'));
  for (let length = parts.length - 1; length > 0; length -= 1) {
    const prefix = `'${parts.slice(0, length).join('.')}.`;
    const found = files.find((f) => read(tree, joinPathFragments(RPC_DIR, f)).includes(prefix));
    if (found) return joinPathFragments(RPC_DIR, found);
  }
  throw new Error(`no catalogue file has a ${parts[0]}.* subject: name one with --contract`);
}

/**
 * @param {import('@nx/devkit').Tree} tree
 * @param {string} featureRoot @param {string} feature
 * @param {{ subject: string; className: string; importPath: string }} use
 */
function bind(tree, featureRoot, feature, use) {
  const handlers = joinPathFragments(featureRoot, `${feature}.controller.ts`);
  const module = joinPathFragments(featureRoot, `${feature}.module.ts`);
  const importLine = `import { ${use.className} } from '${use.importPath}';\n`;
  const binding = `  handle('${use.subject}', ${use.className}),\n`;
  if (tree.exists(handlers)) {
    // Before the closing `);` of rpcHandlers(...): formatFiles lays the list out again.
    edit(tree, handlers, (text) => `${importLine}${text}`.replace(/,?\s*\);\s*$/, `,\n${binding});\n`));
  } else {
    const controller = `${names(feature).className}Controller`;
    tree.write(
      handlers,
      `import { handle, rpcHandlers } from '@certhub/platform';\n${importLine}\n` +
        `export const ${controller} = rpcHandlers(\n${binding});\n`,
    );
    edit(tree, module, (text) => {
      const imported = `import { ${controller} } from './${feature}.controller';\n${text}`;
      return text.includes('controllers: [')
        ? imported.replace('controllers: [', `controllers: [${controller}, `)
        : imported.replace('@Module({\n', `@Module({\n  controllers: [${controller}],\n`);
    });
  }
  edit(tree, module, (text) =>
    `${importLine}${text}`.replace(/providers: \[/, (start) => `${start}${use.className}, `),
  );
}

/** @param {import('@nx/devkit').Tree} tree @param {string} path */
function read(tree, path) {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing`);
  return text;
}

/** @param {import('@nx/devkit').Tree} tree @param {string} path @param {(text: string) => string} change */
function edit(tree, path, change) {
  const before = read(tree, path);
  const after = change(before);
  if (after === before) throw new Error(`${path}: could not find where to add the endpoint`);
  tree.write(path, after);
}

module.exports = endpointGenerator;
module.exports.default = endpointGenerator;
