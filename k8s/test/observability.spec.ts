import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { K8S_DIR, REPO_ROOT, loadJsYaml, type JsYaml } from './support';

/**
 * infra/prometheus/alerts.yml, its PrometheusRule copy in k8s/base and
 * infra/grafana/certhub-dashboard.json, checked without Prometheus or Grafana (no promtool here):
 * structure, labels and annotations, and that every metric they query is one certhub emits.
 */

const ALERTS = join(REPO_ROOT, 'infra', 'prometheus', 'alerts.yml');
const RULE_OBJECT = join(K8S_DIR, 'base', 'prometheus-rules.yaml');
const DASHBOARD = join(REPO_ROOT, 'infra', 'grafana', 'certhub-dashboard.json');

/** Emitted by other services (their names are part of the contract of issue 9). */
const DOMAIN_METRICS = [
  'certhub_mail_sent_total',
  'certhub_webhook_deliveries_total',
  'certhub_render_queue_depth',
  // Durable consumers' `rejectedMetric`s (libs/platform rejected-events.ts).
  'certhub_certificate_events_rejected_total',
  'certhub_credentials_events_rejected_total',
  'certhub_partner_events_rejected_total',
];

/** certhub_* names registered by libs/platform's Metrics, plus the domain ones above. */
function certhubMetrics(): Set<string> {
  const source = readFileSync(join(REPO_ROOT, 'libs', 'platform', 'src', 'metrics', 'metrics.ts'), 'utf8');
  const names = [...source.matchAll(/'(certhub_[a-z0-9_]+)'/g)].map((m) => m[1] as string);
  expect(names.length).toBeGreaterThanOrEqual(6);
  return new Set([...names, ...DOMAIN_METRICS]);
}

/** Metric names in a PromQL expression (identifiers followed by `{`, `[` or standing alone). */
function metricsIn(expr: string): string[] {
  const withoutStrings = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...withoutStrings.matchAll(/\b((?:certhub|process|nodejs)_[a-z0-9_]+|up)\b/g)].map(
    (m) => m[1] as string,
  );
}

/** Strips _bucket/_count/_sum so histogram series map to their metric. */
const baseName = (series: string) => series.replace(/_(bucket|count|sum)$/, '');

function balanced(expr: string): boolean {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  for (const ch of expr.replace(/"(?:[^"\\]|\\.)*"/g, '""')) {
    if ('([{'.includes(ch)) stack.push(ch);
    else if (ch in pairs && stack.pop() !== pairs[ch]) return false;
  }
  return stack.length === 0;
}

interface Rule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
interface RuleGroup {
  name: string;
  rules: Rule[];
}

let yaml: JsYaml;
beforeAll(() => {
  yaml = loadJsYaml();
});

describe('Prometheus alert rules (infra/prometheus/alerts.yml)', () => {
  const groups = (): RuleGroup[] =>
    (yaml.load(readFileSync(ALERTS, 'utf8')) as { groups: RuleGroup[] }).groups;
  const rules = () => groups().flatMap((g) => g.rules);

  it('is a rule_files document: named groups of alerting rules with unique names', () => {
    const file = yaml.load(readFileSync(ALERTS, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['groups']);
    const names = groups().map((g) => g.name);
    expect(new Set(names).size).toBe(names.length);
    for (const g of groups()) expect(g.rules.length).toBeGreaterThan(0);
    const alerts = rules().map((r) => r.alert);
    expect(alerts.every((a) => typeof a === 'string' && /^Certhub[A-Za-z0-9]+$/.test(a))).toBe(true);
    expect(new Set(alerts).size).toBe(alerts.length);
  });

  it('gives every rule a well-formed expression on a certhub metric or up, a severity and a summary', () => {
    const known = certhubMetrics();
    const problems: string[] = [];
    for (const rule of rules()) {
      const name = rule.alert ?? '(unnamed)';
      const expr = typeof rule.expr === 'string' ? rule.expr.trim() : '';
      if (!expr) problems.push(`${name}: empty expr`);
      if (!balanced(expr)) problems.push(`${name}: unbalanced brackets`);
      const used = metricsIn(expr);
      if (!used.some((m) => m === 'up' || m.startsWith('certhub_')))
        problems.push(`${name}: no certhub_ metric nor up`);
      for (const m of used.filter((u) => u.startsWith('certhub_'))) {
        if (!known.has(baseName(m)) && !known.has(m)) problems.push(`${name}: unknown metric ${m}`);
      }
      if (rule.for !== undefined && !/^\d+[smh]$/.test(rule.for))
        problems.push(`${name}: bad for ${rule.for}`);
      if (!['critical', 'warning', 'info'].includes(rule.labels?.['severity'] ?? ''))
        problems.push(`${name}: severity`);
      if (!rule.annotations?.['summary']?.trim()) problems.push(`${name}: no summary annotation`);
    }
    expect(problems).toEqual([]);
  });

  it('covers the failure modes of the platform', () => {
    const exprs = rules().map((r) => r.expr);
    const covered = (pattern: RegExp) => exprs.some((e) => pattern.test(e));
    const missing = Object.entries({
      serviceDown: /\bup\{[^}]*\}\s*==\s*0/,
      readiness: /route=~"\.\*\/readyz"/,
      errorRatio: /status=~"5\.\."/,
      latency: /histogram_quantile\(0\.95,[\s\S]*certhub_http_request_duration_seconds_bucket/,
      outbox: /deriv\(certhub_outbox_backlog/,
      consumerLag: /deriv\(certhub_consumer_pending_messages/,
      eventsFailed: /certhub_events_consumed_total\{outcome="failed"/,
      webhookDeadLetters: /certhub_webhook_deliveries_total\{outcome="dead_letter"\}/,
      mailFailures: /certhub_mail_sent_total\{outcome="failed"\}/,
      eventsRejected: /certhub_partner_events_rejected_total/,
      renderFailures: /certhub_events_consumed_total\{service="certificate", outcome="failed"\}/,
    })
      .filter(([, pattern]) => !covered(pattern))
      .map(([topic]) => topic);
    expect(missing).toEqual([]);
  });

  it('is wrapped unchanged by the PrometheusRule of k8s/base', () => {
    const object = yaml.load(readFileSync(RULE_OBJECT, 'utf8')) as {
      apiVersion: string;
      kind: string;
      spec: { groups: RuleGroup[] };
    };
    expect(object.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(object.kind).toBe('PrometheusRule');
    // When this fails, regenerate the object with the command in its header comment.
    expect(object.spec.groups).toEqual(groups());
  });
});

describe('Grafana dashboard (infra/grafana/certhub-dashboard.json)', () => {
  interface Target {
    expr?: string;
    refId?: string;
  }
  interface Panel {
    id: number;
    type: string;
    title: string;
    gridPos: { h: number; w: number; x: number; y: number };
    targets?: Target[];
  }
  interface Dashboard {
    uid: string;
    title: string;
    schemaVersion: number;
    templating: {
      list: { name: string; type: string; query?: unknown; definition?: string; includeAll?: boolean }[];
    };
    panels: Panel[];
  }
  const dashboard = () => JSON.parse(readFileSync(DASHBOARD, 'utf8')) as Dashboard;
  const queryPanels = () => dashboard().panels.filter((p) => p.type !== 'row');
  const exprs = () => queryPanels().flatMap((p) => (p.targets ?? []).map((t) => t.expr ?? ''));

  it('is a current-schema dashboard with a `service` variable from label_values', () => {
    const d = dashboard();
    expect(d.uid).toBeTruthy();
    expect(d.schemaVersion).toBeGreaterThanOrEqual(39);
    const service = d.templating.list.find((v) => v.name === 'service');
    expect(service?.type).toBe('query');
    expect(JSON.stringify(service?.query)).toMatch(/label_values\([a-z_]+,\s*service\)/);
    expect(d.templating.list.find((v) => v.name === 'datasource')?.type).toBe('datasource');
  });

  it('lays out panels with unique ids on the 24-column grid without overlaps', () => {
    const panels = dashboard().panels;
    expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
    const cells = new Set<string>();
    for (const p of panels) {
      expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
      for (let x = p.gridPos.x; x < p.gridPos.x + p.gridPos.w; x++) {
        for (let y = p.gridPos.y; y < p.gridPos.y + p.gridPos.h; y++) {
          const cell = `${x},${y}`;
          expect(cells.has(cell)).toBe(false);
          cells.add(cell);
        }
      }
    }
  });

  it('queries only metrics certhub emits, filtered by $service, in well-formed expressions', () => {
    const known = certhubMetrics();
    const libDir = join(REPO_ROOT, 'node_modules', 'prom-client', 'lib', 'metrics');
    const promClient = readdirSync(libDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(libDir, f), 'utf8'))
      .join('\n');
    const problems: string[] = [];
    for (const panel of queryPanels()) {
      if (!panel.targets?.length) problems.push(`${panel.title}: no query`);
      for (const { expr = '' } of panel.targets ?? []) {
        if (!expr.trim() || !balanced(expr)) problems.push(`${panel.title}: empty or unbalanced expr`);
        if (!expr.includes('service=~"$service"')) problems.push(`${panel.title}: not filtered by $service`);
        for (const m of metricsIn(expr)) {
          const ok = m.startsWith('certhub_') ? known.has(baseName(m)) : promClient.includes(`'${m}'`);
          if (!ok) problems.push(`${panel.title}: unknown metric ${m}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has panels for HTTP and NATS RED, events, outbox, lag, deliveries and the process', () => {
    const used = new Set(exprs().flatMap(metricsIn).map(baseName));
    expect([...certhubMetrics()].filter((m) => !used.has(m))).toEqual([]);
    for (const m of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_p99_seconds',
    ]) {
      expect(used).toContain(m);
    }
    const all = exprs().join('\n');
    expect(all).toMatch(/histogram_quantile\(0\.95, sum by \(service, route, le\)/);
    expect(all).toMatch(/histogram_quantile\(0\.95, sum by \(service, subject, le\)/);
    expect(all).toMatch(/status=~"5\.\."/);
  });
});
