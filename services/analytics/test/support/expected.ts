import type { CloudEvent, DossierStatus, RpcResponse } from '@certhub/contracts';
import { summarise } from '../../src/lead-times/lead-time-stats';

type Data = Record<string, string | undefined>;
type Row = Record<string, unknown>;

/** What a reader may count: a predicate over a dossier's CB (null before assignment) and organisation. */
export type Visible = (dossier: { cbId: string | null; organisationId: string }) => boolean;

export interface Figures {
  dashboard: Omit<RpcResponse<'analytics.dashboard'>, 'asOf'>;
  dossiersByStatus: Row[];
  leadTimes: Row[];
  findingsByRequirement: Row[];
  overdueFindings: string[];
}

const COUNTERS: Record<string, DossierStatus[]> = {
  awaitingAdmissibility: ['submitted', 'corrected'],
  awaitingCorrections: ['findings_on_questionnaire'],
  awaitingAudit: ['contracted', 'audit_planned'],
  awaitingFindingsClosure: ['audited', 'findings_open'],
  awaitingDecision: ['decision_pending'],
  certified: ['certified'],
  refused: ['refused'],
  abandoned: ['abandoned'],
};

/** The dashboard without its generation time, which differs from one call to the next. */
export function withoutAsOf<T extends { asOf?: unknown }>(dashboard: T): Omit<T, 'asOf'> {
  const copy = { ...dashboard };
  delete copy.asOf;
  return copy;
}

/** Rows compared as sets: the order of a report is the service's business, its content is not. */
export const asSet = (rows: Row[]): Row[] =>
  [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

const count = <T>(items: T[], keyOf: (item: T) => Row): Row[] => {
  const groups = new Map<string, Row & { count: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const id = JSON.stringify(key);
    groups.set(id, { ...key, count: (groups.get(id)?.count ?? 0) + 1 });
  }
  return [...groups.values()];
};

/**
 * The figures a reader should see after `events`, worked out the plain way: events taken once,
 * in publication order, in memory. The service must reach the same whatever the redeliveries,
 * crashes and replicas.
 */
export function expectedFigures(
  events: CloudEvent[],
  visible: Visible = () => true,
  today = new Date().toISOString().slice(0, 10),
): Figures {
  const dossiers = new Map<
    string,
    {
      cbId: string | null;
      organisationId: string;
      schemeId: string;
      status?: DossierStatus;
      submittedAt?: number;
      admissibleAt?: number;
      auditAt?: number;
      decidedAt?: number;
    }
  >();
  const findings = new Map<
    string,
    {
      dossierId: string;
      requirementId: string;
      severity: string;
      dueDate: string;
      raisedAt: number;
      closedAt?: number;
    }
  >();
  for (const e of events) {
    const d = e.data as Data;
    const dossierId = d['dossierId'] as string;
    const dossier = dossiers.get(dossierId) ?? {
      cbId: null,
      organisationId: d['organisationId'] as string,
      schemeId: d['schemeId'] as string,
    };
    dossiers.set(dossierId, dossier);
    if (d['cbId']) dossier.cbId = d['cbId'];
    const at = Date.parse(d['at'] ?? e.time);
    switch (e.type) {
      case 'certhub.dossier.created.v1':
        dossier.status = 'draft';
        break;
      case 'certhub.dossier.status_changed.v1':
        dossier.status = d['to'] as DossierStatus;
        break;
      case 'certhub.dossier.submitted.v1':
        dossier.submittedAt ??= Date.parse(d['submittedAt'] as string);
        break;
      case 'certhub.dossier.admissible.v1':
        dossier.admissibleAt ??= at;
        break;
      case 'certhub.dossier.audit_completed.v1':
        dossier.auditAt = at;
        break;
      case 'certhub.dossier.decision_recorded.v1':
        dossier.decidedAt = at;
        break;
      case 'certhub.dossier.finding_raised.v1':
        findings.set(d['findingId'] as string, {
          dossierId,
          requirementId: d['requirementId'] as string,
          severity: d['severity'] as string,
          dueDate: d['dueDate'] as string,
          raisedAt: at,
        });
        break;
      case 'certhub.dossier.finding_closed.v1':
        (findings.get(d['findingId'] as string) as { closedAt?: number }).closedAt = at;
        break;
    }
  }
  const seen = [...dossiers.values()].filter(visible);
  const ofDossier = (f: { dossierId: string }) => dossiers.get(f.dossierId) as (typeof seen)[number];
  const seenFindings = [...findings.entries()].filter(([, f]) => visible(ofDossier(f)));
  const open = seenFindings.filter(([, f]) => f.closedAt === undefined);
  const overdue = open.filter(([, f]) => f.dueDate < today);
  const withStatus = seen.filter((d) => d.status);
  const counters = Object.fromEntries(
    Object.entries(COUNTERS).map(([name, statuses]) => [
      name,
      withStatus.filter((d) => statuses.includes(d.status as DossierStatus)).length,
    ]),
  );

  const durations = new Map<string, { key: Row; ms: number[] }>();
  const add = (metric: string, d: { cbId: string | null; schemeId: string }, ms: number) => {
    const key = { metric, cbId: d.cbId, schemeId: d.schemeId };
    const group = durations.get(JSON.stringify(key)) ?? { key, ms: [] as number[] };
    group.ms.push(ms);
    durations.set(JSON.stringify(key), group);
  };
  for (const d of seen) {
    if (d.submittedAt !== undefined && d.admissibleAt !== undefined)
      add('submission_to_admissible', d, d.admissibleAt - d.submittedAt);
    if (d.auditAt !== undefined && d.decidedAt !== undefined)
      add('audit_to_decision', d, d.decidedAt - d.auditAt);
  }
  for (const [, f] of seenFindings)
    if (f.closedAt !== undefined) add('finding_raised_to_closed', ofDossier(f), f.closedAt - f.raisedAt);

  const byRequirement = new Map<string, Row & { raised: number; open: number; overdue: number }>();
  for (const [id, f] of seenFindings) {
    const d = ofDossier(f);
    const key = { cbId: d.cbId, schemeId: d.schemeId, requirementId: f.requirementId, severity: f.severity };
    const row = byRequirement.get(JSON.stringify(key)) ?? { ...key, raised: 0, open: 0, overdue: 0 };
    row.raised += 1;
    if (f.closedAt === undefined) row.open += 1;
    if (overdue.some(([o]) => o === id)) row.overdue += 1;
    byRequirement.set(JSON.stringify(key), row);
  }
  return {
    dashboard: {
      dossiers: withStatus.length,
      ...counters,
      findingsOpen: open.length,
      findingsOverdue: overdue.length,
    } as Figures['dashboard'],
    dossiersByStatus: asSet(
      count(withStatus, (d) => ({ cbId: d.cbId, schemeId: d.schemeId, status: d.status })),
    ),
    leadTimes: asSet([...durations.values()].map(({ key, ms }) => ({ ...key, ...summarise(ms) }))),
    findingsByRequirement: asSet([...byRequirement.values()]),
    overdueFindings: overdue.map(([id]) => id).sort(),
  };
}
