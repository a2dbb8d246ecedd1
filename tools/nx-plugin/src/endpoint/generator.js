// @ts-check
const { formatFiles, generateFiles, joinPathFragments, names } = require('@nx/devkit');

const RPC_DIR = 'libs/contracts/src/rpc';
const LIFECYCLES_DIR = 'libs/contracts/src/lifecycles';
const ROUTES_SPEC = `${LIFECYCLES_DIR}/catalogue-roles.spec.ts`;

/**
 * Adding an endpoint is a contract entry and a use case: this writes both and binds them.
 * - the entry in libs/contracts/src/rpc/<contract>.rpc.ts: request schema (path parameters as
 *   fields, strict), a response schema to fill in, and the HTTP route when a method and path are
 *   given (the gateway registers it and documents it in OpenAPI from there); a route taking
 *   lifecycle actions (`takes: 'FINDING_TABLE:reopen'`) gets its roles from their rows, and its
 *   line in catalogue-roles.spec.ts, never roles of its own;
 * - services/<service>/src/<feature>/<name>/<name>.usecase.ts and its spec, typed by the subject;
 * - `handle('<subject>', UseCase)` in the feature's <feature>.controller.ts (created and registered
 *   in the module when the feature has none) and the use case in the module's providers.
 * @param {import('@nx/devkit').Tree} tree
 * @param {{ subject: string; feature: string; name: string; summary: string; method?: string;
 *   path?: string; status?: number; roles?: string; takes?: string; tag?: string; contract?: string }} options
 */
async function endpointGenerator(tree, options) {
  const { subject, feature } = options;
  const service = subject.split('.')[0];
  const serviceRoot = joinPathFragments('services', service);
  if (!tree.exists(joinPathFragments(serviceRoot, 'project.json')))
    throw new Error(`no service ${service}: ${serviceRoot}/project.json does not exist`);
  if (Boolean(options.method) !== Boolean(options.path))
    throw new Error('give both method and path for an HTTP route, or neither for an internal operation');
  if (options.takes && (options.roles || !options.method))
    throw new Error(
      "a route taking lifecycle actions has their rows' roles: give takes without roles, with a route",
    );
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
  let text = read(tree, file);
  if (text.includes(`'${subject}':`)) throw new Error(`${file} has ${subject} already`);
  const takes = options.takes ? lifecycleTakes(tree, options.takes) : undefined;
  if (takes) text = withImports(text, takes);
  const params = [...(options.path ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const http = options.method
    ? [
        `method: '${options.method}'`,
        `path: '${options.path}'`,
        ...(options.status && options.status !== 200 ? [`status: ${options.status}`] : []),
        ...(takes
          ? [`roles: actorsOf(${takes.table}, ${takes.actions.map((a) => `'${a}'`).join(', ')})`]
          : []),
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
  if (takes) mapRoute(tree, subject, takes);
}

/**
 * `TABLE:action,action`: the table exported by one of libs/contracts/src/lifecycles/*.table.ts and
 * the actions one call may take (the row to add to the table if the action is new).
 * @param {import('@nx/devkit').Tree} tree @param {string} takes
 */
function lifecycleTakes(tree, takes) {
  const [table = '', list = ''] = takes.split(':');
  const actions = list
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const file = tree
    .children(LIFECYCLES_DIR)
    .find(
      (f) =>
        f.endsWith('.table.ts') &&
        read(tree, joinPathFragments(LIFECYCLES_DIR, f)).includes(`export const ${table}:`),
    );
  if (!file || !actions.length)
    throw new Error(
      `takes is TABLE:action[,action], TABLE one of ${LIFECYCLES_DIR}/*.table.ts: got ${takes}`,
    );
  return { table, actions, module: `../lifecycles/${file.replace(/\.ts$/, '')}` };
}

/** The catalogue file imports actorsOf and the table, once. @param {string} text @param {{ table: string; module: string }} takes */
function withImports(text, { table, module }) {
  const lines = [
    ...(/import \{[^}]*\bactorsOf\b[^}]*\} from '\.\.\/lifecycles\/lifecycle-table'/.test(text)
      ? []
      : ["import { actorsOf } from '../lifecycles/lifecycle-table';"]),
    ...(new RegExp(`import \\{[^}]*\\b${table}\\b`).test(text)
      ? []
      : [`import { ${table} } from '${module}';`]),
  ];
  const zod = "import { z } from 'zod';\n";
  const at = text.indexOf(zod);
  return lines.length && at >= 0
    ? `${text.slice(0, at + zod.length)}${lines.join('\n')}\n${text.slice(at + zod.length)}`
    : text;
}

/**
 * The route's line in the spec that checks every lifecycle route's roles against its rows.
 * @param {import('@nx/devkit').Tree} tree @param {string} subject @param {{ table: string; actions: string[] }} takes
 */
function mapRoute(tree, subject, { table, actions }) {
  const spec = read(tree, ROUTES_SPEC);
  const key = new RegExp(`^\\s+(\\w+): ${table},$`, 'm').exec(spec)?.[1];
  const end = spec.indexOf('\n};\n\n/** Actions no route takes');
  if (!key || end < 0)
    throw new Error(`${ROUTES_SPEC}: no ${table} in TABLES, or no ROUTES to add ${subject} to`);
  const line = `\n  '${subject}': { ${key}: [${actions.map((a) => `'${a}'`).join(', ')}] },`;
  tree.write(ROUTES_SPEC, `${spec.slice(0, end)}${line}${spec.slice(end)}`);
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
