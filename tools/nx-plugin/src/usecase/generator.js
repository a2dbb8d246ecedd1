// @ts-check
const { formatFiles, generateFiles, joinPathFragments, names } = require('@nx/devkit');

/**
 * services/<service>/src/<feature>/<name>/<name>.usecase.ts and its spec: one folder per use case,
 * named as a verb (STYLE.md "Layout"), for work no subject calls (a consumer, a scheduler):
 * registering it is left to the author. An operation callers reach over NATS or HTTP is an endpoint
 * (the endpoint generator writes its contract entry and binds it).
 * @param {import('@nx/devkit').Tree} tree
 * @param {{ service: string; feature: string; name: string; description?: string }} options
 */
async function usecaseGenerator(tree, options) {
  const serviceRoot = joinPathFragments('services', options.service);
  if (!tree.exists(joinPathFragments(serviceRoot, 'project.json')))
    throw new Error(`no service ${options.service}: ${serviceRoot}/project.json does not exist`);
  const folder = joinPathFragments(serviceRoot, 'src', options.feature, options.name);
  if (tree.exists(folder)) throw new Error(`${folder} exists already`);
  const { className, fileName } = names(options.name);
  generateFiles(tree, joinPathFragments(__dirname, 'files'), folder, {
    className,
    fileName,
    description: options.description || `${className}.`,
  });
  await formatFiles(tree);
}

module.exports = usecaseGenerator;
module.exports.default = usecaseGenerator;
