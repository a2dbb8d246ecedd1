import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  K8S_DIR,
  REPO_ROOT,
  SERVICES,
  TOOLS_TIMEOUT_MS,
  installTools,
  kubeconform,
  kustomizeBuild,
  loadJsYaml,
  matchesSelector,
  parseEnvFile,
  quantity,
  type JsYaml,
  type K8sObject,
  type LabelSelector,
  type ServiceName,
  type Tools,
} from './support';

/**
 * Renders k8s/base and every overlay with kustomize, validates every object against the
 * Kubernetes (and prometheus-operator CRD) JSON schemas with kubeconform, then checks what the
 * schemas cannot: probes, hardening, per-service objects, secrets and the network policy model.
 * No cluster and no runtime needed: the tools come from k8s/test/tools.sh.
 */

interface Probe {
  httpGet?: { path?: string; port?: string | number };
}
interface Container {
  name: string;
  image: string;
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: { preStop?: { exec?: { command?: string[] } } };
  resources?: {
    requests?: { cpu?: string; memory?: string };
    limits?: { cpu?: string; memory?: string };
  };
  securityContext?: {
    runAsNonRoot?: boolean;
    runAsUser?: number;
    readOnlyRootFilesystem?: boolean;
    allowPrivilegeEscalation?: boolean;
    capabilities?: { drop?: string[] };
  };
  volumeMounts?: { name: string; mountPath: string }[];
}
interface Deployment extends K8sObject {
  spec: {
    replicas?: number;
    selector: LabelSelector;
    template: {
      metadata: { labels: Record<string, string> };
      spec: {
        terminationGracePeriodSeconds?: number;
        securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; seccompProfile?: { type: string } };
        containers: Container[];
        volumes?: { name: string; emptyDir?: { medium?: string } }[];
        topologySpreadConstraints?: {
          topologyKey: string;
          whenUnsatisfiable: string;
          labelSelector: LabelSelector;
        }[];
      };
    };
  };
}
interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: unknown;
}
interface NetworkPolicy extends K8sObject {
  spec: {
    podSelector: LabelSelector;
    policyTypes?: string[];
    ingress?: { from?: NetworkPolicyPeer[]; ports?: { port?: string | number }[] }[];
  };
}

interface Rendered {
  overlay: string;
  namespace: string;
  text: string;
  objects: K8sObject[];
}

const OVERLAYS = [
  { overlay: 'dev', namespace: 'certhub-dev' },
  { overlay: 'prod', namespace: 'certhub' },
] as const;

/** Variables without a default in each EnvSchemas piece: the manifests must provide them. */
const REQUIRED_BY_PIECE: Record<string, string[]> = {
  base: [],
  nats: ['NATS_URL', 'NATS_USER', 'NATS_PASSWORD'],
  mongo: ['MONGO_URL'],
  s3: ['S3_ENDPOINT', 'S3_ACCESS_KEY', 'S3_SECRET_KEY'],
  keycloak: ['KEYCLOAK_URL'],
  smtp: ['SMTP_URL'],
  chromium: [],
  internal: ['INTERNAL_TOKEN_SECRET'],
  portal: ['PUBLIC_PORTAL_URL'],
};
/** Defaults that production refuses or that only fit a laptop. */
const REQUIRED_EXTRA: Partial<Record<ServiceName, string[]>> = {
  identity: ['KEYCLOAK_ADMIN_CLIENT_SECRET', 'PUBLIC_PORTAL_URL'],
  certificate: ['PUBLIC_URL', 'PDF_SIGNING_P12'],
  credentials: ['PUBLIC_URL', 'CREDENTIALS_KMS_KEY'],
  partner: ['KEYCLOAK_URL', 'KEYCLOAK_ADMIN_CLIENT_SECRET', 'WEBHOOK_SECRETS_KEY'],
};

function requiredEnv(service: ServiceName): string[] {
  const config = readFileSync(join(REPO_ROOT, 'services', service, 'src', 'config.ts'), 'utf8');
  const pieces = [...config.matchAll(/EnvSchemas\.(\w+)/g)].map((m) => m[1] as string);
  return [
    ...pieces.flatMap((piece) => {
      const vars = REQUIRED_BY_PIECE[piece];
      if (!vars) throw new Error(`${service} uses EnvSchemas.${piece}, unknown to this test: add it above`);
      return vars;
    }),
    ...(REQUIRED_EXTRA[service] ?? []),
  ];
}

/** Where a NetworkPolicy peer lets traffic come from. */
function classifyPeer(peer: NetworkPolicyPeer, namespace: string): 'outside' | 'monitoring' | 'namespace' {
  if (peer.ipBlock) return 'outside';
  if (!peer.namespaceSelector) return 'namespace';
  const labels = peer.namespaceSelector.matchLabels ?? {};
  const exactName =
    !peer.namespaceSelector.matchExpressions?.length && Object.keys(labels).length === 1
      ? labels['kubernetes.io/metadata.name']
      : undefined;
  if (exactName === namespace) return 'namespace';
  if (exactName === 'monitoring' && !peer.podSelector) return 'monitoring';
  return 'outside';
}

let tools: Tools;
let yaml: JsYaml;
const rendered = new Map<string, Rendered>();

function render(overlay: string, namespace: string): Rendered {
  const text = kustomizeBuild(tools, join(K8S_DIR, overlay === 'base' ? 'base' : `overlays/${overlay}`));
  const objects = yaml.loadAll(text).filter((o): o is K8sObject => o !== null && typeof o === 'object');
  return { overlay, namespace, text, objects };
}

beforeAll(() => {
  tools = installTools();
  yaml = loadJsYaml(tools.jsYaml);
  rendered.set('base', render('base', 'certhub'));
  for (const { overlay, namespace } of OVERLAYS) rendered.set(overlay, render(overlay, namespace));
}, TOOLS_TIMEOUT_MS);

const get = (overlay: string): Rendered => {
  const r = rendered.get(overlay);
  if (!r) throw new Error(`${overlay} was not rendered`);
  return r;
};
const ofKind = <T extends K8sObject>(r: Rendered, kind: string): T[] =>
  r.objects.filter((o) => o.kind === kind) as T[];
const named = <T extends K8sObject>(r: Rendered, kind: string, name: string): T => {
  const found = ofKind<T>(r, kind).filter((o) => o.metadata.name === name);
  if (found.length !== 1)
    throw new Error(`${r.overlay}: expected one ${kind} ${name}, found ${found.length}`);
  return found[0] as T;
};
const appContainer = (d: Deployment): Container => {
  const [container, ...others] = d.spec.template.spec.containers;
  if (!container || others.length > 0) throw new Error(`${d.metadata.name}: expected exactly one container`);
  return container;
};

describe('schema validation (kubeconform, strict)', () => {
  it.each(['base', ...OVERLAYS.map((o) => o.overlay)])('%s: every object is valid', (overlay) => {
    const r = get(overlay);
    const results = kubeconform(tools, r.text);
    expect(results).toHaveLength(r.objects.length);
    const problems = results
      .filter((x) => x.status !== 'statusValid')
      .map((x) => `${x.kind} ${x.name}: ${x.msg}`);
    expect(problems).toEqual([]);
    // The CRD kinds are validated too, not skipped.
    const kinds = new Set(results.map((x) => x.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['ServiceMonitor', 'PrometheusRule', 'Deployment']));
  });

  it('rejects unknown fields in Deployments, ServiceMonitors and PrometheusRules (the schemas are live)', () => {
    const r = get('prod');
    const broken = [
      named<Deployment>(r, 'Deployment', 'gateway'),
      named(r, 'ServiceMonitor', 'gateway'),
      named(r, 'PrometheusRule', 'certhub-alerts'),
    ].map((o) => JSON.parse(JSON.stringify(o)) as Record<string, Record<string, unknown>>);
    (broken[0] as unknown as Deployment).spec.template.spec.containers[0]!.livenessProbe = {
      httpGet: { path: '/healthz', port: 'http' },
      periodSecond: 3,
    } as Probe;
    (broken[1]!['spec'] as { endpoints: Record<string, unknown>[] }).endpoints[0]!['pathh'] = '/metrics';
    (broken[2]!['spec'] as { groups: Record<string, unknown>[] }).groups[0]!['rulez'] = [];
    const results = kubeconform(tools, broken.map((o) => JSON.stringify(o)).join('\n---\n'));
    expect(results.map((x) => `${x.kind}:${x.status}`).sort()).toEqual([
      'Deployment:statusInvalid',
      'PrometheusRule:statusInvalid',
      'ServiceMonitor:statusInvalid',
    ]);
  });
});

describe.each(OVERLAYS)('$overlay overlay', ({ overlay, namespace }) => {
  const r = () => get(overlay);

  it('puts every object in its namespace, which enforces the restricted Pod Security Standard', () => {
    const ns = named(r(), 'Namespace', namespace);
    expect(ns.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
    const elsewhere = r()
      .objects.filter((o) => o.kind !== 'Namespace' && o.metadata.namespace !== namespace)
      .map((o) => `${o.kind}/${o.metadata.name}`);
    expect(elsewhere).toEqual([]);
  });

  it('leaves no template placeholder and no local-config object in the output', () => {
    expect(r().text).not.toMatch(/\bSERVICE\b/);
    expect(ofKind(r(), 'ConfigMap').map((c) => c.metadata.name)).toEqual([
      expect.stringMatching(/^certhub-config-[a-z0-9]+$/),
    ]);
  });

  it('has, for each of the eight services, a Deployment, Service, HPA, PDB and ServiceMonitor', () => {
    for (const kind of [
      'Deployment',
      'Service',
      'HorizontalPodAutoscaler',
      'PodDisruptionBudget',
      'ServiceMonitor',
    ]) {
      expect(
        ofKind(r(), kind)
          .map((o) => o.metadata.name)
          .sort(),
      ).toEqual([...SERVICES].sort());
    }
  });

  describe.each(SERVICES)('%s', (service) => {
    const deployment = () => named<Deployment>(r(), 'Deployment', service);
    const podLabels = () => deployment().spec.template.metadata.labels;
    const config = () => {
      const ref = appContainer(deployment()).envFrom?.find((e) => e.configMapRef)?.configMapRef?.name;
      return named(r(), 'ConfigMap', ref ?? '(no configMapRef)').data ?? {};
    };

    it('Deployment: image, probes, hardening, resources, writable /tmp, graceful termination', () => {
      const d = deployment();
      const c = appContainer(d);
      const pod = d.spec.template.spec;
      expect(matchesSelector(d.spec.selector, podLabels())).toBe(true);
      expect(d.spec.replicas).toBeUndefined(); // the HPA owns the replica count

      const tag = overlay === 'prod' ? /^\d+\.\d+\.\d+$/ : /^latest$/;
      const [image, imageTag] = c.image.split(':');
      expect(image).toBe(`ghcr.io/certhub/${service}`);
      expect(imageTag).toMatch(tag);

      expect(c.ports).toEqual([expect.objectContaining({ name: 'http', containerPort: 3000 })]);
      expect(config()['HTTP_PORT']).toBe('3000');
      expect(c.livenessProbe?.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(c.readinessProbe?.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(c.startupProbe?.httpGet?.path).toBe('/healthz');

      expect(pod.securityContext).toMatchObject({
        runAsNonRoot: true,
        runAsUser: 10001,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(c.securityContext).toMatchObject({
        runAsNonRoot: true,
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
      });

      const res = c.resources;
      for (const k of ['cpu', 'memory'] as const) {
        const request = res?.requests?.[k];
        const limit = res?.limits?.[k];
        expect(request && limit).toBeTruthy();
        expect(quantity(request as string)).toBeLessThanOrEqual(quantity(limit as string));
      }

      const tmp = c.volumeMounts?.find((m) => m.mountPath === '/tmp');
      expect(pod.volumes?.find((v) => v.name === tmp?.name)?.emptyDir).toBeDefined();
      if (service === 'certificate') {
        const shm = c.volumeMounts?.find((m) => m.mountPath === '/dev/shm');
        for (const name of [tmp?.name, shm?.name]) {
          expect(pod.volumes?.find((v) => v.name === name)?.emptyDir?.medium).toBe('Memory');
        }
      }

      const preStopS = Number(c.lifecycle?.preStop?.exec?.command?.[1] ?? 0);
      const graceMs = Number(config()['SHUTDOWN_GRACE_MS']);
      expect(graceMs).toBeGreaterThan(0);
      expect((pod.terminationGracePeriodSeconds ?? 30) * 1000).toBeGreaterThan(graceMs + preStopS * 1000);
    });

    it('gets every variable its config requires, secrets only through secretKeyRef', () => {
      const c = appContainer(deployment());
      const provided = new Set([...Object.keys(config()), ...(c.env ?? []).map((e) => e.name)]);
      expect(requiredEnv(service).filter((v) => !provided.has(v))).toEqual([]);
      for (const e of c.env ?? []) {
        if (/SECRET|ACCESS_KEY|SMTP_URL|PASSWORD/.test(e.name))
          expect(e.valueFrom?.secretKeyRef).toBeDefined();
      }
      expect(c.envFrom?.some((e) => e.secretRef)).toBe(false);
    });

    it('connects to NATS as its own user, with its own password', () => {
      const env = appContainer(deployment()).env ?? [];
      expect(env.find((e) => e.name === 'NATS_USER')?.value).toBe(service);
      expect(env.find((e) => e.name === 'NATS_PASSWORD')?.valueFrom?.secretKeyRef?.key).toBe(
        `nats-password-${service}`,
      );
    });

    it('Service, HPA, PDB and ServiceMonitor target its pods on port http', () => {
      const svc = named<
        K8sObject & {
          spec: {
            type?: string;
            selector: Record<string, string>;
            ports: { name: string; port: number; targetPort: string | number }[];
          };
        }
      >(r(), 'Service', service);
      expect(svc.spec.type ?? 'ClusterIP').toBe('ClusterIP');
      expect(matchesSelector({ matchLabels: svc.spec.selector }, podLabels())).toBe(true);
      expect(svc.spec.ports).toEqual([
        expect.objectContaining({ name: 'http', port: 80, targetPort: 'http' }),
      ]);

      const hpa = named<
        K8sObject & {
          spec: {
            scaleTargetRef: { kind: string; name: string };
            minReplicas: number;
            maxReplicas: number;
            metrics: { resource?: { name: string } }[];
          };
        }
      >(r(), 'HorizontalPodAutoscaler', service);
      expect(hpa.apiVersion).toBe('autoscaling/v2');
      expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: service });
      expect(hpa.spec.metrics.map((m) => m.resource?.name)).toContain('cpu');
      if (overlay === 'prod') {
        expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
        expect(hpa.spec.maxReplicas).toBe(10);
      } else {
        expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([1, 1]);
      }

      const pdb = named<
        K8sObject & {
          spec: { selector: LabelSelector; minAvailable?: number | string; maxUnavailable?: number | string };
        }
      >(r(), 'PodDisruptionBudget', service);
      expect(pdb.apiVersion).toBe('policy/v1');
      expect(matchesSelector(pdb.spec.selector, podLabels())).toBe(true);
      expect((pdb.spec.minAvailable === undefined) !== (pdb.spec.maxUnavailable === undefined)).toBe(true);
      // A PDB that allows no eviction at the minimum replica count would block node drains.
      if (typeof pdb.spec.minAvailable === 'number')
        expect(pdb.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);

      const sm = named<
        K8sObject & { spec: { selector: LabelSelector; endpoints: { port?: string; path?: string }[] } }
      >(r(), 'ServiceMonitor', service);
      expect(sm.apiVersion).toBe('monitoring.coreos.com/v1');
      expect(matchesSelector(sm.spec.selector, svc.metadata.labels)).toBe(true);
      expect(sm.spec.endpoints).toEqual([expect.objectContaining({ port: 'http', path: '/metrics' })]);
    });
  });

  it('references certhub-secrets by key only; prod ships no secret values, dev generates marked defaults', () => {
    const refs = ofKind<Deployment>(r(), 'Deployment').flatMap((d) =>
      (appContainer(d).env ?? []).flatMap((e) =>
        e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef] : [],
      ),
    );
    const example = parseEnvFile(readFileSync(join(K8S_DIR, 'base', 'secret.example.env'), 'utf8'));
    expect([...new Set(refs.map((x) => x.key))].sort()).toEqual([...example.keys()].sort());
    for (const value of example.values()) expect(value).toMatch(/<[^>]+>/); // placeholders only

    const secrets = ofKind(r(), 'Secret');
    if (overlay === 'prod') {
      expect(new Set(refs.map((x) => x.name))).toEqual(new Set(['certhub-secrets']));
      const withValues = secrets.filter((s) => Object.keys({ ...s.data, ...s.stringData }).length > 0);
      expect(withValues.map((s) => s.metadata.name)).toEqual([]);
    } else {
      const [name] = new Set(refs.map((x) => x.name));
      const secret = named(r(), 'Secret', name ?? '');
      expect(secret.metadata.name).toMatch(/^certhub-secrets-/);
      expect(secret.metadata.annotations?.['certhub.io/dev-defaults']).toBe('true');
      expect(Object.keys(secret.data ?? {}).sort()).toEqual([...example.keys()].sort());
    }
  });

  it('network policies: default deny; only the gateway is reachable from outside; the services with internal routes (files, exports) from the gateway; /metrics from monitoring', () => {
    const policies = ofKind<NetworkPolicy>(r(), 'NetworkPolicy');
    const pods = new Map(
      SERVICES.map((s) => [s, named<Deployment>(r(), 'Deployment', s).spec.template.metadata.labels]),
    );
    const sources = new Map<ServiceName, Set<string>>(SERVICES.map((s) => [s, new Set<string>()]));
    for (const [service, labels] of pods) {
      const applying = policies.filter(
        (p) =>
          matchesSelector(p.spec.podSelector, labels) &&
          (p.spec.policyTypes ?? ['Ingress']).includes('Ingress'),
      );
      // Isolated for ingress by at least one policy, and a default-deny one among them.
      expect(applying.some((p) => (p.spec.ingress ?? []).length === 0)).toBe(true);
      for (const rule of applying.flatMap((p) => p.spec.ingress ?? [])) {
        // Every allowance is for the http port only.
        expect(rule.ports?.map((p) => p.port)).toEqual(['http']);
        // No `from`: every source, in and out of the cluster.
        for (const peer of rule.from?.length ? rule.from : [{ ipBlock: {} }]) {
          const origin = classifyPeer(peer, namespace);
          if (origin !== 'namespace') sources.get(service)?.add(origin);
          else
            for (const [from, fromLabels] of pods) {
              if (matchesSelector(peer.podSelector ?? {}, fromLabels)) sources.get(service)?.add(from);
            }
        }
      }
    }
    const reachable = Object.fromEntries([...sources].map(([s, set]) => [s, [...set].sort()]));
    expect(reachable).toEqual({
      gateway: ['monitoring', 'outside'],
      identity: ['monitoring'],
      dossier: ['gateway', 'monitoring'],
      document: ['gateway', 'monitoring'],
      notification: ['monitoring'],
      certificate: ['gateway', 'monitoring'],
      analytics: ['gateway', 'monitoring'],
      partner: ['monitoring'],
      complaints: ['gateway', 'monitoring'],
      candidacy: ['gateway', 'monitoring'],
      credentials: ['monitoring'],
    });
  });

  it('exposes only the gateway through the one Ingress', () => {
    const ingresses = ofKind<
      K8sObject & {
        spec: {
          tls?: unknown[];
          rules: { http: { paths: { backend: { service: { name: string; port: { name?: string } } } }[] } }[];
        };
      }
    >(r(), 'Ingress');
    expect(ingresses).toHaveLength(1);
    const backends = ingresses[0]!.spec.rules.flatMap((rule) =>
      rule.http.paths.map((p) => p.backend.service),
    );
    expect(backends).toEqual([{ name: 'gateway', port: { name: 'http' } }]);
    if (overlay === 'prod') expect(ingresses[0]!.spec.tls?.length).toBeGreaterThan(0);
  });
});

describe('prod compared with dev', () => {
  it('spreads replicas across zones and gives more resources', () => {
    const prod = get('prod');
    const dev = get('dev');
    for (const service of SERVICES) {
      const d = named<Deployment>(prod, 'Deployment', service);
      const zone = d.spec.template.spec.topologySpreadConstraints?.find(
        (t) => t.topologyKey === 'topology.kubernetes.io/zone',
      );
      expect(zone?.whenUnsatisfiable).toBe('DoNotSchedule');
      expect(matchesSelector(zone?.labelSelector, d.spec.template.metadata.labels)).toBe(true);
      const limits = (o: Rendered) =>
        appContainer(named<Deployment>(o, 'Deployment', service)).resources?.limits;
      expect(quantity(limits(prod)?.memory ?? '0')).toBeGreaterThan(quantity(limits(dev)?.memory ?? '0'));
    }
  });
});
