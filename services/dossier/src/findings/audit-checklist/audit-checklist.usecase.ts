import { Injectable } from '@nestjs/common';
import { appliesAt } from '@certhub/contracts';
import type { RpcHandler } from '@certhub/platform';
import { readScope } from '../../audits/audit-access';
import { AuditRepository } from '../../audits/audit.repository';
import { today } from '../../lifecycle/calendar';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { SchemeService } from '../../schemes/scheme.service';
import { findingScope } from '../finding-access';
import { FindingRepository } from '../finding.repository';
import type { FindingDoc } from '../finding.schema';

/**
 * "My checklist" (docs/domain/organisation-certification.md#audit-checklist): what the next audit of
 * a dossier will look at. The requirements of the dossier's scheme version that apply at its level,
 * in the referential's order, each with the findings still open against it, so that the applicant
 * prepares the evidence before the auditor asks, and the CB sees the same list.
 */
@Injectable()
export class AuditChecklist {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly schemes: SchemeService,
    private readonly findings: FindingRepository,
    private readonly audits: AuditRepository,
  ) {}

  readonly execute: RpcHandler<'dossier.findings.checklist'> = async (principal, { dossierId }) => {
    const dossier = await this.dossiers.getVisible(principal, dossierId);
    const [scheme, open, next] = await Promise.all([
      this.schemes.get(dossier.schemeId, dossier.schemeVersion),
      this.findings.ofDossier(findingScope(principal), dossierId, { open: true }),
      this.audits.search(
        readScope(principal),
        { dossierId, status: 'planned' },
        { startDate: 1 },
        { page: 1, pageSize: 1 },
      ),
    ]);
    const byRequirement = new Map<string, FindingDoc[]>();
    for (const finding of open)
      byRequirement.set(finding.requirementId, [
        ...(byRequirement.get(finding.requirementId) ?? []),
        finding,
      ]);
    const day = today();
    const audit = next.items[0];
    return {
      dossierId,
      reference: dossier.reference,
      schemeId: dossier.schemeId,
      schemeVersion: dossier.schemeVersion,
      ...(dossier.level ? { level: dossier.level } : {}),
      ...(audit ? { nextAudit: { auditId: audit._id, type: audit.type, startDate: audit.startDate } } : {}),
      openFindings: open.length,
      chapters: scheme.chapters
        .map((chapter) => ({
          id: chapter.id,
          title: chapter.title,
          requirements: chapter.requirements
            .filter((requirement) => appliesAt(requirement, dossier.level))
            .map((requirement) => ({
              id: requirement.id,
              title: requirement.title,
              text: requirement.text,
              controlMethods: requirement.controlMethods,
              referenceDocuments: requirement.referenceDocuments,
              openFindings: (byRequirement.get(requirement.id) ?? []).map((finding) => ({
                findingId: finding._id,
                number: finding.number,
                severity: finding.severity,
                status: finding.status,
                dueDate: finding.dueDate,
                overdue: finding.dueDate < day,
              })),
            })),
        }))
        .filter((chapter) => chapter.requirements.length > 0),
    };
  };
}
