import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import type { ComplaintDoc } from './complaint.schema';

/** Where a complaint's evidence is uploaded (the document service's context). */
export const evidenceContextId = (complaintId: string): string => `complaint:${complaintId}:evidence`;

const RETENTION_DAYS = 365 * 5;

/**
 * The complaint's evidence (docs/domain/complaints-and-appeals.md#confidentiality): an upload
 * context that follows the complaint's read rule (the CB's administrators and its handler, never
 * the organisation concerned) and closes with it, so what was answered stays as it was.
 */
@Injectable()
export class ComplaintEvidence {
  private readonly logger = new Logger(ComplaintEvidence.name);

  constructor(private readonly rpc: RpcClient) {}

  /** Registers the context as the complaint now stands; a failure is logged, the next step retries. */
  async follow(c: Pick<ComplaintDoc, '_id' | 'tenantId' | 'handlerId' | 'status'>): Promise<void> {
    const staff = {
      tenantType: 'cb' as const,
      tenantId: c.tenantId,
      userIds: c.handlerId ? [c.handlerId] : [],
      roles: ['cb_admin' as const],
    };
    await this.rpc
      .call(
        'document.contexts.upsert',
        {
          contextId: evidenceContextId(c._id),
          kind: 'complaint_evidence',
          ownerTenantId: c.tenantId,
          readers: [staff],
          writers: [staff],
          closed: c.status === 'closed' || c.status === 'dismissed',
          readableByAnyUser: false,
          rules: {
            accept: ['pdf', 'png', 'jpeg', 'docx', 'doc', 'odt', 'xlsx', 'xls', 'ods', 'zip'],
            maxBytes: 10 * 1024 ** 2,
            maxCount: 30,
          },
          retentionDays: RETENTION_DAYS,
        },
        { principal: SYSTEM_PRINCIPAL, timeoutMs: 3_000 },
      )
      .catch((error: unknown) =>
        this.logger.warn(`evidence context of complaint ${c._id} not registered (yet): ${String(error)}`),
      );
  }
}
