import { randomUUID } from 'node:crypto';
import type { FindingResponse, Principal, RpcResponse } from '@certhub/contracts';
import { CB, ORG, type DossierHarness } from './support/dossier-harness';

/** Calendar day `offset` days from today (UTC). */
export const day = (offset: number): string =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A dossier at `contracted`, written straight into the dossier database (the steps before the
 * contract are another area's tests); every transition after it goes through the real service.
 */
export async function contractedDossier(
  h: DossierHarness,
  over: { organisationId?: string; cbId?: string; status?: string } = {},
): Promise<string> {
  const dossier = contractedDossierDocument({ ...over, analystId: h.cast.analyst.userId });
  await h.dossiers.insertOne(dossier);
  return dossier._id;
}

/** The dossier document contractedDossier writes, for tests that reach the database otherwise. */
export function contractedDossierDocument(over: {
  analystId: string;
  organisationId?: string;
  cbId?: string;
  status?: string;
}): Record<string, unknown> & { _id: never } {
  const id = randomUUID();
  const organisationId = over.organisationId ?? ORG;
  const cbId = over.cbId ?? CB;
  const now = new Date();
  return {
    _id: id as never,
    reference: `T-${id.slice(0, 12)}`,
    tenantId: [organisationId, cbId],
    organisationId,
    cbId,
    analystId: over.analystId,
    auditorIds: [],
    schemeId: 'amarc',
    schemeVersion: '2024.1',
    level: 'A',
    status: over.status ?? 'contracted',
    version: 0,
    questionnaire: { revision: 1, answers: {} },
    questionnaireFindings: [],
    decisions: [],
    previousCertificates: [],
    cycle: { surveillanceDue: [] },
    trail: [],
    outbox: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** What every dossier event of an amarc dossier of the demo organisation and CB carries, its reference `T-…`. */
export const dossierEventPart = (dossierId: string) => ({
  dossierId,
  reference: expect.stringMatching(/^T-/),
  organisationId: ORG,
  cbId: CB,
  schemeId: 'amarc',
});

export const dossierStatus = async (h: DossierHarness, id: string): Promise<string> =>
  String((await h.dossiers.findOne({ _id: id as never }))?.['status']);

/** Hands out one-day slots of the demo auditor's calendar, never the same twice in a test file. */
export class Calendar {
  private next: number;
  constructor(start: number) {
    this.next = start;
  }
  take(days = 1): { startDate: string; endDate: string } {
    const range = { startDate: day(this.next), endDate: day(this.next + days - 1) };
    this.next += days;
    return range;
  }
}

type Audit = RpcResponse<'dossier.audits.plan'>;

/** Plans an initial audit of a fresh contracted dossier on the given days. */
export async function plannedAudit(
  h: DossierHarness,
  range: { startDate: string; endDate: string },
  by: Principal = h.cast.analyst,
): Promise<Audit> {
  const dossierId = await contractedDossier(h);
  return h.call(
    'dossier.audits.plan',
    { dossierId, type: 'initial', auditorIds: [h.cast.auditor.userId], ...range },
    by,
  );
}

/** A past audit, planned and completed (its report filed): ready for findings. */
export async function completedAudit(
  h: DossierHarness,
  range: { startDate: string; endDate: string },
): Promise<Audit> {
  const audit = await plannedAudit(h, range);
  return h.call(
    'dossier.audits.complete',
    { auditId: audit.id, version: audit.version, reportDocumentId: await reportOf(h, audit.id) },
    h.cast.auditor,
  );
}

/** A report uploaded by the booked auditor into the audit's report context. */
export function reportOf(h: DossierHarness, auditId: string): Promise<string> {
  return h.upload(`audit:${auditId}:report`, h.cast.auditor);
}

export function recordFinding(
  h: DossierHarness,
  auditId: string,
  over: Partial<{
    requirementId: string;
    severity: 'major' | 'minor';
    dueDate: string;
    closingMeetingMeasures: string;
  }> = {},
): Promise<FindingResponse> {
  return h.call(
    'dossier.findings.record',
    {
      auditId,
      requirementId: over.requirementId ?? '1.1',
      severity: over.severity ?? 'major',
      description: 'La stratégie ne formalise pas l’écoute des clients.',
      dueDate: over.dueDate ?? day(60),
      ...(over.closingMeetingMeasures ? { closingMeetingMeasures: over.closingMeetingMeasures } : {}),
    },
    h.cast.auditor,
  );
}
