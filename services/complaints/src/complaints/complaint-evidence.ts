import { Injectable, Logger } from '@nestjs/common';
import {
  COMPLAINT_FILE_RULES,
  SYSTEM_PRINCIPAL,
  type ContextAccess,
  type Principal,
  type RpcResponse,
} from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';
import type { ComplaintDoc } from './complaint.schema';

/** Where the CB staff upload a complaint's evidence (the document service's context). */
export const evidenceContextId = (complaintId: string): string => `complaint:${complaintId}:evidence`;

/** Where the complainant's own files go, through the follow link's upload authorisation. */
export const complainantFilesContextId = (complaintId: string): string =>
  `complaint:${complaintId}:complainant`;

/**
 * As whom the document service sees the complainant's uploads: a name that only this complaint's
 * context lists, in the CB's tenant (whose scope the context carries), without any role. No token
 * of the identity provider names a user so (its subjects are UUIDs), and only the gateway's upload
 * route, after the complaints service checked the authorisation, acts as it.
 */
export const complainantPrincipal = (c: Pick<ComplaintDoc, '_id' | 'tenantId'>): Principal => ({
  userId: `complainant:${c._id}`,
  tenantType: 'cb',
  tenantId: c.tenantId,
  roles: [],
});

const RETENTION_DAYS = 365 * 5;

type Followed = Pick<ComplaintDoc, '_id' | 'tenantId' | 'handlerId' | 'status'>;

/**
 * The complaint's files (docs/domain/complaints-and-appeals.md#confidentiality), in two upload
 * contexts that follow the complaint's read rule (the CB's administrators and its handler, never
 * the organisation concerned) and close with it, so what was answered stays as it was: the staff's
 * evidence, and the complainant's files, which the complainant alone adds to.
 */
@Injectable()
export class ComplaintEvidence {
  private readonly logger = new Logger(ComplaintEvidence.name);

  constructor(private readonly rpc: RpcClient) {}

  /** Registers the contexts as the complaint now stands; a failure is logged, the next step retries. */
  async follow(c: Followed): Promise<void> {
    const staff: ContextAccess = {
      tenantType: 'cb',
      tenantId: c.tenantId,
      userIds: c.handlerId ? [c.handlerId] : [],
      roles: ['cb_admin'],
    };
    const complainant = complainantPrincipal(c);
    await Promise.all([
      this.register(c, evidenceContextId(c._id), [staff], [staff]),
      this.register(
        c,
        complainantFilesContextId(c._id),
        [staff],
        [{ tenantType: 'cb', tenantId: c.tenantId, userIds: [complainant.userId] }],
      ),
    ]);
  }

  /** What the complainant attached, for the follow page (names only: never the staff's evidence). */
  async complainantFiles(c: Pick<ComplaintDoc, '_id'>): Promise<RpcResponse<'complaints.follow'>['files']> {
    const page = await this.rpc
      .call(
        'document.documents.list',
        { contextId: complainantFilesContextId(c._id), page: 1, pageSize: COMPLAINT_FILE_RULES.maxCount },
        { principal: SYSTEM_PRINCIPAL, timeoutMs: 3_000 },
      )
      // A context not registered yet (its registration failed at lodging) holds nothing.
      .catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'not_found') return { items: [] };
        throw error;
      });
    return page.items.map((d) => ({ name: d.name, size: d.size, uploadedAt: d.uploadedAt }));
  }

  private async register(
    c: Followed,
    contextId: string,
    readers: ContextAccess[],
    writers: ContextAccess[],
  ): Promise<void> {
    await this.rpc
      .call(
        'document.contexts.upsert',
        {
          contextId,
          kind: 'complaint_evidence',
          ownerTenantId: c.tenantId,
          readers,
          writers,
          closed: c.status === 'closed' || c.status === 'dismissed',
          readableByAnyUser: false,
          rules: COMPLAINT_FILE_RULES,
          retentionDays: RETENTION_DAYS,
        },
        { principal: SYSTEM_PRINCIPAL, timeoutMs: 3_000 },
      )
      .catch((error: unknown) =>
        this.logger.warn(`context ${contextId} of complaint ${c._id} not registered (yet): ${String(error)}`),
      );
  }
}
