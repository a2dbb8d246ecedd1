import { appliesAt, type ResultSheetResponse, type Scheme } from '@certhub/contracts';
import type { AuditDoc } from '../../audits/audit.schema';
import type { FindingDoc } from '../finding.schema';

/**
 * The control plan of an audit: the requirements of the dossier's scheme version that apply at its
 * level (every requirement when the scheme has one level), in the referential's order.
 */
export function controlPlan(scheme: Pick<Scheme, 'chapters'>, level: string | undefined) {
  return scheme.chapters.flatMap((c) => c.requirements).filter((r) => appliesAt(r, level));
}

/** The sheet as read and exported: one row per requirement of the plan, its verdict once recorded. */
export function resultSheet(
  audit: AuditDoc,
  scheme: Pick<Scheme, 'chapters'>,
  level: string | undefined,
  findings: readonly FindingDoc[],
): ResultSheetResponse {
  const verdicts = new Map((audit.verdicts ?? []).map((v) => [v.requirementId, v]));
  const rows = controlPlan(scheme, level).map((r) => {
    const v = verdicts.get(r.id);
    return {
      requirementId: r.id,
      title: r.title,
      controlMethods: r.controlMethods,
      ...(v
        ? {
            verdict: v.verdict,
            ...(v.comment ? { comment: v.comment } : {}),
            recordedAt: new Date(v.at).toISOString(),
            recordedBy: v.by,
          }
        : {}),
      findingNumbers: findings.filter((f) => f.requirementId === r.id).map((f) => f.number),
    };
  });
  return {
    auditId: audit._id,
    dossierId: audit.dossierId,
    schemeId: audit.schemeId,
    schemeVersion: audit.schemeVersion,
    ...(level ? { level } : {}),
    complete: rows.every((r) => r.verdict !== undefined),
    rows,
    version: audit.version,
  };
}
