import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { readScope } from '../audit-access';
import { auditEvent, dossierRef } from '../audit-events';
import { toAuditResponse } from '../audit.mapper';
import { AuditRepository } from '../audit.repository';
import { checkAuditAction } from '../audit.table';
import { BookingRepository } from '../booking.repository';
import { today } from '../calendar';

/** Cancels a planned audit before it starts and frees its auditors' days. */
@Injectable()
export class CancelAudit {
  constructor(
    private readonly audits: AuditRepository,
    private readonly bookings: BookingRepository,
  ) {}

  async execute(
    principal: Principal,
    request: RpcPayload<'dossier.audits.cancel'>,
  ): Promise<RpcResponse<'dossier.audits.cancel'>> {
    const audit = await this.audits.findVisible(readScope(principal), request.auditId);
    if (!audit) throw DomainError.notFound(`audit ${request.auditId}`);
    checkAuditAction(audit, 'cancel', principal, today(), request.version);
    const now = new Date();
    const updated = await this.audits.update(audit, request.version, {
      $set: { status: 'cancelled', cancelReason: request.reason },
      trail: {
        at: now,
        by: principal.userId,
        action: 'cancel',
        what: `audit cancelled: ${request.reason}`,
        from: audit.status,
        to: 'cancelled',
      },
      events: [
        auditEvent(
          'certhub.audit.cancelled.v1',
          {
            ...dossierRef(audit),
            auditId: audit._id,
            type: audit.type,
            startDate: audit.startDate,
            endDate: audit.endDate,
            auditorIds: audit.auditorIds,
            reason: request.reason,
            at: now.toISOString(),
            by: principal.userId,
          },
          audit,
          now,
        ),
      ],
    });
    // After the write: a crash in between leaves days booked for a cancelled audit (freed by a
    // retry of nothing else), never a live audit without its days.
    await this.bookings.releaseAll(audit.cbId, audit._id);
    return toAuditResponse(updated);
  }
}
