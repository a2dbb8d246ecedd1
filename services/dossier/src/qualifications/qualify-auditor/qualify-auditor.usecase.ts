import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { SchemeService } from '../../schemes/scheme.service';
import { AuditorDirectory } from '../auditor-directory';
import { requireCbAdmin } from '../qualification-access';
import { toQualificationResponse } from '../qualification.mapper';
import { QualificationRepository } from '../qualification.repository';
import type { QualificationDoc } from '../qualification.schema';

/**
 * The CB's administrator keeps the register of auditor qualifications
 * (docs/domain/organisation-certification.md#auditor-qualifications): one line per auditor, scheme
 * and period; periods of one auditor for one scheme never overlap, so the register reads as a history.
 * Two concurrent creations may both pass the overlap check: harmless, planning asks for any covering line.
 */
@Injectable()
export class QualifyAuditor {
  constructor(
    private readonly repository: QualificationRepository,
    private readonly auditors: AuditorDirectory,
    private readonly schemes: SchemeService,
  ) {}

  readonly execute: RpcHandler<'dossier.qualifications.create'> = async (principal, request) => {
    const cbId = requireCbAdmin(principal);
    await this.requireScheme(request.schemeId);
    await this.auditors.requireAuditors(cbId, [request.auditorId]);
    const now = new Date();
    const doc: QualificationDoc = {
      _id: randomUUID(),
      tenantId: [cbId],
      cbId,
      auditorId: request.auditorId,
      schemeId: request.schemeId,
      validFrom: request.validFrom,
      ...(request.validTo ? { validTo: request.validTo } : {}),
      createdAt: now,
      createdBy: principal.userId,
      updatedAt: now,
      version: 0,
    };
    await this.refuseOverlap(doc);
    return toQualificationResponse(await this.repository.create(doc));
  };

  readonly update: RpcHandler<'dossier.qualifications.update'> = async (principal, request) => {
    const current = await this.load(requireCbAdmin(principal), request.qualificationId);
    if (current.version !== request.version)
      throw new DomainError('stale_version', `qualification ${current._id} is at version ${current.version}`);
    await this.refuseOverlap(
      { ...current, validFrom: request.validFrom, validTo: request.validTo },
      current._id,
    );
    const updated = await this.repository.updatePeriod(current, request);
    if (!updated) throw new DomainError('stale_version', `qualification ${current._id} changed meanwhile`);
    return toQualificationResponse(updated);
  };

  readonly delete: RpcHandler<'dossier.qualifications.delete'> = async (principal, request) => {
    const current = await this.load(requireCbAdmin(principal), request.qualificationId);
    await this.repository.delete(current.cbId, current._id);
    return toQualificationResponse(current);
  };

  private async load(cbId: string, id: string): Promise<QualificationDoc> {
    const found = await this.repository.findById(cbId, id);
    if (!found) throw DomainError.notFound(`qualification ${id}`);
    return found;
  }

  private async requireScheme(schemeId: string): Promise<void> {
    try {
      await this.schemes.get(schemeId);
    } catch (error) {
      if ((error as DomainError).code !== 'not_found') throw error;
      throw DomainError.invalid([{ field: 'schemeId', message: `no published scheme ${schemeId}` }]);
    }
  }

  private async refuseOverlap(
    q: Pick<QualificationDoc, 'cbId' | 'auditorId' | 'schemeId' | 'validFrom' | 'validTo'>,
    exceptId?: string,
  ): Promise<void> {
    const other = await this.repository.findOverlap(q, exceptId);
    if (other)
      throw DomainError.conflict(
        `auditor ${q.auditorId} is already qualified for ${q.schemeId} from ${other.validFrom}` +
          (other.validTo ? ` to ${other.validTo}` : ''),
        { qualificationId: other._id },
      );
  }
}
