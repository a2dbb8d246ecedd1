import { Injectable } from '@nestjs/common';
import { auditEvent, dossierRef } from '../audit-events';
import { AuditLifecycle } from '../audit-lifecycle';
import { toAuditResponse } from '../audit.mapper';
import { BookingRepository } from '../booking.repository';
import { DocumentContexts } from '../../evidence/document-contexts';
import { type RpcHandler } from '@certhub/platform';

/** Cancels a planned audit before it starts and frees its auditors' days. */
@Injectable()
export class CancelAudit {
  constructor(
    private readonly audits: AuditLifecycle,
    private readonly bookings: BookingRepository,
    private readonly contexts: DocumentContexts,
  ) {}

  readonly execute: RpcHandler<'dossier.audits.cancel'> = async (principal, request) => {
    const { after } = await this.audits.apply(
      principal,
      request.auditId,
      'cancel',
      (audit, now) => ({
        $set: { cancelReason: request.reason },
        what: `audit cancelled: ${request.reason}`,
        events: () => [
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
      }),
      { expectedVersion: request.version },
    );
    // After the write: a crash in between leaves days booked for a cancelled audit (freed by a
    // retry of nothing else), never a live audit without its days.
    await this.bookings.releaseAll(after.cbId, after._id);
    // Nothing more is filed for it: its report context closes.
    await this.contexts.auditReport(after);
    return toAuditResponse(after);
  };
}
