import { cappedTotal } from '@certhub/platform';
import type { FilterQuery, Model, SortOrder } from 'mongoose';
import type { BenchCase } from './measure';
import type { AuditDoc } from '../../services/dossier/src/audits/audit.schema';
import type { DossierView } from '../../services/dossier/src/lifecycle/dossier.schema';
import type { FindingMessageDoc } from '../../services/dossier/src/findings/finding-message.schema';
import type { FindingDoc } from '../../services/dossier/src/findings/finding.schema';
import { ANALYST, AUDITOR, DEMO_CB, ORG_ADMIN } from './generate';
import type { PreparedCommand } from './prepared';

export interface Models {
  dossiers: Model<DossierView>;
  audits: Model<AuditDoc>;
  findings: Model<FindingDoc>;
  /** Finding threads: the outbox relay watches them too. */
  messages: Model<FindingMessageDoc>;
}

export interface QueryContext {
  models: Models;
  today: string;
  auditorId: string;
  /** A cb-demo dossier with findings, and a requirement that has some: picked from the data. */
  sampleDossierId: string;
  sampleRequirementId: string;
}

export interface Case extends BenchCase<QueryContext> {
  command?: PreparedCommand;
}

const PAGE = 20;
/** Scopes exactly as services/dossier/src/lifecycle/dossier-access.ts builds them for the demo users. */
const CB_SCOPE = { tenantId: 'cb-demo', cbId: 'cb-demo' };
const ORG_SCOPE = { tenantId: 'org-demo', organisationId: 'org-demo' };
/** What a dossier search leaves out (dossier.repository.ts). */
const DOSSIER_LIST = {
  trail: 0,
  outbox: 0,
  'questionnaire.answers': 0,
  questionnaireFindings: 0,
  decisions: 0,
} as const;
/** What a findings search leaves out (finding.repository.ts). */
const LIGHT = { trail: 0, outbox: 0 } as const;

/** find + a count capped like the lists' (cappedTotal), in parallel, as every repository's search does. */
async function page<T>(
  model: Model<T>,
  filter: FilterQuery<T>,
  sort: Record<string, SortOrder>,
  projection?: Readonly<Record<string, 0>>,
): Promise<number> {
  const [, counted] = await Promise.all([
    model.find(filter, projection).sort(sort).skip(0).limit(PAGE).lean().exec(),
    cappedTotal(model.countDocuments(filter), { page: 1, pageSize: PAGE }),
  ]);
  return counted.total;
}

const dossierSearch = (
  label: string,
  user: string,
  query: string,
  filter: FilterQuery<DossierView>,
): Case => ({
  label,
  user,
  gateway: () => ({ method: 'GET', path: `/api/v1/dossiers?${query}` }),
  database: ({ models }) =>
    page(
      models.dossiers,
      { ...filter, ...(user === ORG_ADMIN ? ORG_SCOPE : CB_SCOPE) },
      { createdAt: -1, _id: 1 },
      DOSSIER_LIST,
    ),
});

const findingSearch = (
  label: string,
  user: string,
  query: (ctx: QueryContext) => string,
  and: (ctx: QueryContext) => FilterQuery<FindingDoc>[],
  sort: Record<string, SortOrder> = { recordedAt: -1 },
): Case => ({
  label,
  user,
  gateway: (ctx) => ({ method: 'GET', path: `/api/v1/findings?${query(ctx)}` }),
  database: (ctx) => {
    // findings/finding-access.ts: the applicant never sees recorded or rejected findings.
    const scope =
      user === ORG_ADMIN
        ? { ...ORG_SCOPE, $nor: [{ status: 'recorded' }, { status: 'rejected' }] }
        : CB_SCOPE;
    return page(ctx.models.findings, { ...scope, $and: and(ctx) }, { ...sort, _id: 1 }, LIGHT);
  },
});

const auditSearch = (
  label: string,
  user: string,
  path: (ctx: QueryContext) => string,
  and: (ctx: QueryContext) => FilterQuery<AuditDoc>[],
): Case => ({
  label,
  user,
  gateway: (ctx) => ({ method: 'GET', path: path(ctx) }),
  database: (ctx) => {
    const scope = user === AUDITOR ? { ...CB_SCOPE, auditorIds: ctx.auditorId } : CB_SCOPE;
    return page(
      ctx.models.audits,
      { ...scope, $and: [{ status: { $ne: 'pending' } }, ...and(ctx)] },
      { startDate: 1, _id: 1 },
    );
  },
});

const NOT_CANCELLED = { status: { $nin: ['pending', 'cancelled'] } };

/**
 * The relay's pass when there is nothing to publish (libs/platform/src/events/outbox.ts), on each
 * collection with an outbox (dossiers, audits, findings, finding_messages): it runs every 250 ms.
 */
const RELAY_POLL: Case = {
  label: 'outbox relay idle pass (db only)',
  user: ANALYST,
  database: async ({ models }) => {
    let pending = 0;
    for (const model of [
      models.dossiers,
      models.audits,
      models.findings,
      models.messages,
    ] as unknown as Model<{
      outbox: unknown[];
    }>[]) {
      const found = await model
        .find({ outboxPending: true }, { outbox: 1 })
        .setOptions({ crossTenant: 'bench: the outbox relay reads every tenant' })
        .limit(100)
        .lean()
        .exec();
      pending += found.length;
    }
    return pending;
  },
};

export const SEARCHES: Case[] = [
  dossierSearch('dossiers: status certified (analyst)', ANALYST, 'status=certified', {
    status: { $in: ['certified'] },
  }),
  dossierSearch('dossiers: scheme amarc (analyst)', ANALYST, 'schemeId=amarc', { schemeId: 'amarc' }),
  dossierSearch('dossiers: all, newest first (analyst)', ANALYST, '', {}),
  dossierSearch('dossiers: CB cb-demo (org admin)', ORG_ADMIN, 'cbId=cb-demo', { cbId: 'cb-demo' }),
  findingSearch(
    'findings: open (analyst)',
    ANALYST,
    () => 'state=open',
    () => [{ open: true }],
  ),
  findingSearch(
    'findings: overdue (analyst)',
    ANALYST,
    () => 'overdue=true',
    (c) => [{ open: true, dueDate: { $lt: c.today } }],
    // search-findings.usecase.ts: overdue findings come most overdue first.
    { dueDate: 1 },
  ),
  findingSearch(
    'findings: severity major (analyst)',
    ANALYST,
    () => 'severity=major',
    () => [{ severity: 'major' }],
  ),
  findingSearch(
    'findings: requirement (analyst)',
    ANALYST,
    (c) => `requirementId=${c.sampleRequirementId}`,
    (c) => [{ requirementId: c.sampleRequirementId }],
  ),
  findingSearch(
    'findings: one dossier (analyst)',
    ANALYST,
    (c) => `dossierId=${c.sampleDossierId}`,
    (c) => [{ dossierId: c.sampleDossierId }],
  ),
  findingSearch(
    'findings: open (org admin)',
    ORG_ADMIN,
    () => 'state=open',
    () => [{ open: true }],
  ),
  auditSearch(
    'interventions: upcoming (analyst)',
    ANALYST,
    () => '/api/v1/audits?when=upcoming',
    (c) => [NOT_CANCELLED, { startDate: { $gte: c.today } }],
  ),
  auditSearch(
    'interventions: by auditor (analyst)',
    ANALYST,
    (c) => `/api/v1/audits?auditorId=${c.auditorId}`,
    (c) => [NOT_CANCELLED, { auditorIds: c.auditorId }],
  ),
  auditSearch(
    "interventions: auditor's upcoming (auditor)",
    AUDITOR,
    () => '/api/v1/audits/upcoming',
    (c) => [{ status: 'planned', upcomingFrom: { $lte: c.today }, startDate: { $gte: c.today } }],
  ),
  RELAY_POLL,
];

/** A cb-demo dossier with open findings and one of their requirements, for the by-dossier and by-requirement rows. */
export async function sample(
  models: Models,
): Promise<{ sampleDossierId: string; sampleRequirementId: string }> {
  const finding =
    (await models.findings
      .findOne({ tenantId: DEMO_CB, cbId: DEMO_CB, open: true }, { dossierId: 1, requirementId: 1 })
      .lean()
      .exec()) ??
    (await models.findings.findOne({ tenantId: DEMO_CB }, { dossierId: 1, requirementId: 1 }).lean().exec());
  if (!finding) throw new Error('no finding of cb-demo: generate first (or more --findings)');
  return { sampleDossierId: finding.dossierId, sampleRequirementId: finding.requirementId };
}
