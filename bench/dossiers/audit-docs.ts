import type { DossierStatus, Scheme } from '@certhub/contracts';
import type { AuditDoc } from '../../services/dossier/src/audits/audit.schema';
import type { Random } from './random';
import { DAY_MS, dayOf, reached, type World } from './world';

const PAST_AUDIT: AuditDoc['status'][] = ['completed', 'findings_recorded'];
export const isPastAudit = (a: AuditDoc): boolean => PAST_AUDIT.includes(a.status);

/** The initial audit from audit_planned on, surveillance audits after certification, some upcoming. */
export function buildAudits(
  world: World,
  rnd: Random,
  d: { id: string; status: DossierStatus; cb: World['cbs'][number]; scheme: Scheme; organisationId: string },
  at: Date[],
  steps: DossierStatus[],
): AuditDoc[] {
  if (!reached(d.status, 'audit_planned')) return [];
  const audits: AuditDoc[] = [];
  const plannedAt = at[steps.indexOf('audit_planned')] as Date;
  const add = (type: AuditDoc['type'], start: number, status: AuditDoc['status']) => {
    const startDate = dayOf(start);
    const endDate = dayOf(start + rnd.int(0, 2) * DAY_MS);
    const auditors = rnd.chance(0.25)
      ? [rnd.pick(d.cb.auditors), rnd.pick(d.cb.auditors)]
      : [rnd.pick(d.cb.auditors)];
    audits.push({
      _id: rnd.uuid(),
      tenantId: [d.organisationId, d.cb.id],
      organisationId: d.organisationId,
      cbId: d.cb.id,
      dossierId: d.id,
      schemeId: d.scheme.schemeId,
      schemeVersion: d.scheme.version,
      type,
      status,
      startDate,
      endDate,
      auditorIds: [...new Set(auditors)],
      upcomingFrom: dayOf(start - d.scheme.cycle.upcomingHorizonDays * DAY_MS),
      findingsDeadline: dayOf(Date.parse(endDate) + d.scheme.cycle.findingsDeadlineDays * DAY_MS),
      plannedAt,
      plannedBy: d.cb.analysts[0] as string,
      ...(status !== 'planned'
        ? { completedAt: new Date(Date.parse(endDate) + DAY_MS), completedBy: auditors[0] }
        : {}),
      ...(status === 'findings_recorded'
        ? { findingsRecordedAt: new Date(Date.parse(endDate) + 5 * DAY_MS) }
        : {}),
      ...(rnd.chance(0.7) && status !== 'planned' ? { reportDocumentId: `doc-${rnd.uuid()}` } : {}),
      version: status === 'planned' ? 0 : 2,
      trail: [
        {
          at: plannedAt,
          by: d.cb.analysts[0] as string,
          action: 'plan',
          what: `${type} audit planned`,
          to: 'planned',
        },
        ...(status !== 'planned'
          ? [
              {
                at: new Date(Date.parse(endDate) + DAY_MS),
                by: auditors[0] as string,
                action: 'complete',
                what: 'report uploaded',
                from: 'planned' as const,
                to: status,
              },
            ]
          : []),
      ],
      outbox: [],
    });
  };
  if (d.status === 'audit_planned') {
    // Planned audits start in the next 3 months: about a third fall within the 30-day horizon.
    add('initial', world.now + rnd.int(1, 90) * DAY_MS, 'planned');
    return audits;
  }
  const auditedAt = (at[steps.indexOf('audited')] as Date).getTime() - 2 * DAY_MS;
  add('initial', auditedAt, d.status === 'audited' ? 'completed' : 'findings_recorded');
  if (reached(d.status, 'certified')) {
    const certifiedAt = (at[steps.indexOf('certified')] as Date).getTime();
    for (const months of d.scheme.cycle.surveillance.atMonths) {
      const due = certifiedAt + months * 30.4 * DAY_MS;
      if (due < world.now - 10 * DAY_MS) add('surveillance', due, 'findings_recorded');
      else if (due < world.now + 90 * DAY_MS && d.status !== 'withdrawn')
        add('surveillance', due + DAY_MS, 'planned');
    }
    if (rnd.chance(0.04)) add('complementary_documentary', certifiedAt - 20 * DAY_MS, 'findings_recorded');
  }
  if (rnd.chance(0.02)) add('complementary_on_site', auditedAt + 30 * DAY_MS, 'cancelled');
  return audits;
}
