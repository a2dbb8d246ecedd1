import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Helpers of the k8s/infra tests: tool setup (tools.sh), rendering, schema validation, YAML. */

export const REPO_ROOT = join(__dirname, '..', '..');
export const K8S_DIR = join(REPO_ROOT, 'k8s');

/**
 * The deployable back-end services: every `services/<name>` with a `src/main.ts` (the portal is a
 * static site, deployed apart). Read from the tree, so a new service is checked like the others
 * without anyone remembering to list it here.
 */
export const SERVICES: readonly string[] = readdirSync(join(REPO_ROOT, 'services'))
  .filter((name) => existsSync(join(REPO_ROOT, 'services', name, 'src', 'main.ts')))
  .sort();
export type ServiceName = string;

export interface Tools {
  kustomize: string;
  kubeconform: string;
  schemaDir: string;
  k8sVersion: string;
  jsYaml: string;
}

/** First run: a few minutes (go install of kustomize and kubeconform); afterwards: cached. */
export const TOOLS_TIMEOUT_MS = 20 * 60_000;

/** Runs k8s/test/tools.sh (idempotent, cached) and reads the KEY=VALUE lines it prints. */
export function installTools(): Tools {
  const result = spawnSync('bash', [join(K8S_DIR, 'test', 'tools.sh')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: TOOLS_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const tail = (result.stderr ?? '').trim().split('\n').slice(-12).join('\n');
    throw new Error(
      `k8s/test/tools.sh could not provide the manifest tools (${result.error?.message ?? `exit ${result.status ?? result.signal}`}):\n${tail}`,
    );
  }
  const vars = new Map<string, string>();
  for (const line of result.stdout.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) vars.set(line.slice(0, eq), line.slice(eq + 1));
  }
  const need = (key: string): string => {
    const value = vars.get(key);
    if (!value) throw new Error(`k8s/test/tools.sh did not print ${key}=…`);
    return value;
  };
  return {
    kustomize: need('KUSTOMIZE'),
    kubeconform: need('KUBECONFORM'),
    schemaDir: need('SCHEMA_DIR'),
    k8sVersion: need('K8S_VERSION'),
    jsYaml: need('JS_YAML'),
  };
}

export interface JsYaml {
  load(text: string): unknown;
  loadAll(text: string): unknown[];
}

/** js-yaml as the workspace resolves it, else the copy tools.sh installs into the cache. */
export function loadJsYaml(path?: string): JsYaml {
  const load = createRequire(__filename);
  if (path) return load(path) as JsYaml;
  try {
    return load(load.resolve('js-yaml', { paths: [REPO_ROOT] })) as JsYaml;
  } catch {
    return load(installTools().jsYaml) as JsYaml;
  }
}

/** `kustomize build <dir>`: the rendered YAML stream. */
export function kustomizeBuild(tools: Tools, dir: string): string {
  const result = spawnSync(tools.kustomize, ['build', dir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`kustomize build ${dir} failed: ${result.error?.message ?? ''}${result.stderr}`);
  }
  return result.stdout;
}

export interface ValidationResult {
  kind: string;
  name: string;
  status: string;
  msg?: string;
}

/**
 * kubeconform in strict mode (unknown fields are errors) against the Kubernetes schemas of
 * tools.k8sVersion and the prometheus-operator CRD schemas. Returns one result per object.
 */
export function kubeconform(tools: Tools, yamlStream: string): ValidationResult[] {
  const s = tools.schemaDir;
  const args = [
    '-strict',
    '-verbose',
    '-output',
    'json',
    '-kubernetes-version',
    tools.k8sVersion,
    '-schema-location',
    `${s}/{{.NormalizedKubernetesVersion}}-local-strict/{{.ResourceKind}}{{.KindSuffix}}.json`,
    '-schema-location',
    `${s}/crd/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`,
  ];
  const result = spawnSync(tools.kubeconform, args, {
    input: yamlStream,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`kubeconform did not run: ${result.error.message}`);
  let parsed: { resources?: ValidationResult[] };
  try {
    parsed = JSON.parse(result.stdout) as { resources?: ValidationResult[] };
  } catch {
    throw new Error(
      `kubeconform printed no JSON report (exit ${result.status}): ${result.stdout}${result.stderr}`,
    );
  }
  return parsed.resources ?? [];
}

// ---- a typed view of the objects the assertions read -------------------------------------------

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: {
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }[];
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  // The kinds below narrow these.
  spec?: unknown;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

export function matchesSelector(
  selector: LabelSelector | undefined,
  labels: Record<string, string> = {},
): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every((e) => {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In':
        return has && (e.values ?? []).includes(labels[e.key] as string);
      case 'NotIn':
        return !has || !(e.values ?? []).includes(labels[e.key] as string);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
    }
  });
  return byLabels && byExpressions;
}

/** Kubernetes quantity → number (cores for CPU, bytes for memory). */
export function quantity(value: string | number): number {
  if (typeof value === 'number') return value;
  const match = /^([0-9.]+)(m|k|M|G|Ki|Mi|Gi|Ti)?$/.exec(value);
  if (!match) throw new Error(`not a quantity: ${value}`);
  const factor: Record<string, number> = {
    m: 1e-3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
  };
  return Number(match[1]) * (match[2] ? (factor[match[2]] as number) : 1);
}

/** `KEY=value` lines of an env file (comments and blank lines skipped). */
export function parseEnvFile(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq > 0) out.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return out;
}
