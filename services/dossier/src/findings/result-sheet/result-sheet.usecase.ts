import { Injectable } from '@nestjs/common';
import type { ErrorDetail, Principal, ResultSheetResponse } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { isApplicant } from '../../audits/audit-access';
import { AuditLifecycle } from '../../audits/audit-lifecycle';
import type { AuditDoc, VerdictEntry } from '../../audits/audit.schema';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { SchemeService } from '../../schemes/scheme.service';
import { findingScope } from '../finding-access';
import { FindingRepository } from '../finding.repository';
import { controlPlan, resultSheet } from './result-sheet';

/**
 * The audit's result sheet (docs/domain/organisation-certification.md#result-sheet): a verdict per
 * requirement of the control plan, recorded by a booked auditor in the same window as the findings.
 * The applicant reads it once the findings are declared recorded, like the findings themselves.
 */
@Injectable()
export class ResultSheet {
  constructor(
    private readonly audits: AuditLifecycle,
    private readonly dossiers: DossierRepository,
    private readonly schemes: SchemeService,
    private readonly findings: FindingRepository,
  ) {}

  readonly get: RpcHandler<'dossier.audits.result-sheet'> = async (principal, { auditId }) => {
    const audit = await this.audits.load(principal, auditId);
    if (isApplicant(principal) && audit.status !== 'findings_recorded')
      throw DomainError.notFound(`the result sheet of audit ${auditId} (not filed yet)`);
    return this.sheet(principal, audit);
  };

  readonly execute: RpcHandler<'dossier.audits.verdicts'> = async (principal, request) => {
    const audit = await this.audits.loadChecked(
      principal,
      request.auditId,
      'record_verdicts',
      request.version,
    );
    const { level, scheme } = await this.context(principal, audit);
    const planned = new Set(controlPlan(scheme, level).map((r) => r.id));
    const withFindings = new Set((await this.findingsOf(principal, audit)).map((f) => f.requirementId));
    const problems: ErrorDetail[] = [];
    request.verdicts.forEach((v, i) => {
      const field = `verdicts.${i}`;
      if (!planned.has(v.requirementId))
        problems.push({
          field: `${field}.requirementId`,
          message: `${v.requirementId} is not in the control plan`,
        });
      if (v.verdict !== 'conform' && !v.comment)
        problems.push({ field: `${field}.comment`, message: `a ${v.verdict} verdict says why` });
      if (v.verdict === 'conform' && withFindings.has(v.requirementId))
        problems.push({
          field: `${field}.verdict`,
          message: `${v.requirementId} has a finding of this audit: it cannot be conform`,
        });
    });
    if (new Set(request.verdicts.map((v) => v.requirementId)).size !== request.verdicts.length)
      problems.push({ field: 'verdicts', message: 'one verdict per requirement' });
    if (problems.length) throw DomainError.invalid(problems, 'the verdicts do not fit the control plan');

    const { after } = await this.audits.apply(
      principal,
      audit,
      'record_verdicts',
      (current, now) => {
        const given = new Map<string, VerdictEntry>(
          request.verdicts.map((v) => [
            v.requirementId,
            { ...v, ...(v.comment ? { comment: v.comment } : {}), at: now, by: principal.userId },
          ]),
        );
        const kept = (current.verdicts ?? []).filter((v) => !given.has(v.requirementId));
        return {
          $set: { verdicts: [...kept, ...given.values()] },
          what: `verdicts recorded on ${[...given.keys()].join(', ')}`,
          after: { verdicts: request.verdicts },
        };
      },
      { expectedVersion: request.version },
    );
    return this.sheet(principal, after, { level, scheme });
  };

  private async sheet(
    principal: Principal,
    audit: AuditDoc,
    known?: Awaited<ReturnType<ResultSheet['context']>>,
  ): Promise<ResultSheetResponse> {
    const { level, scheme } = known ?? (await this.context(principal, audit));
    return resultSheet(audit, scheme, level, await this.findingsOf(principal, audit));
  }

  private async context(principal: Principal, audit: AuditDoc) {
    const dossier = await this.dossiers.getVisible(principal, audit.dossierId);
    const scheme = await this.schemes.get(audit.schemeId, audit.schemeVersion);
    return { level: dossier.level, scheme };
  }

  private findingsOf(principal: Principal, audit: AuditDoc) {
    return this.findings.ofDossier(findingScope(principal), audit.dossierId, {
      auditId: audit._id,
      status: { $ne: 'rejected' },
    });
  }
}
