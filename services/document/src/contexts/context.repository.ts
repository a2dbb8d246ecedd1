import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Principal, UpsertDocumentContextRequest } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { Model } from 'mongoose';
import { isSystem } from './context-access';
import { DocumentContextRecord } from './context.schema';

/** The tenant entry of a context every signed-in user reads: found by anyone's tenant-scoped lookup. */
export const ANY_USER = '*';

const DUPLICATE_KEY = 11000;
const OWNER_CALL = 'the owning service registers contexts for every tenant';

@Injectable()
export class ContextRepository {
  constructor(
    @InjectModel(DocumentContextRecord.name) private readonly model: Model<DocumentContextRecord>,
  ) {}

  /**
   * The context as the caller may see it: scoped to the caller's tenant (the tenants a context
   * names), so another tenant's lookup finds nothing. The system sees every context.
   */
  findFor(contextId: string, principal: Principal): Promise<DocumentContextRecord | null> {
    const query = isSystem(principal)
      ? this.model.findOne({ _id: contextId }).setOptions({ crossTenant: OWNER_CALL })
      : this.model.findOne({ _id: contextId, tenantId: { $in: [principal.tenantId, ANY_USER] } });
    return query.lean<DocumentContextRecord>();
  }

  /**
   * Creates or replaces readers, writers, rules and retention. An update, else an insert (and the
   * update again if another replica won the insert), never an upsert: FerretDB v1 mishandles
   * losing upsert races. Kind and owner of an existing context never change, unless the owning
   * service moves the owner (`moveOwner`): then the context passes to the new one (its documents
   * are moved by the caller, UpsertContext).
   */
  async upsert(request: UpsertDocumentContextRequest): Promise<DocumentContextRecord> {
    const tenants = [
      ...new Set([
        request.ownerTenantId,
        ...request.readers.map((r) => r.tenantId),
        ...request.writers.map((w) => w.tenantId),
        ...(request.readableByAnyUser ? [ANY_USER] : []),
      ]),
    ];
    const fields = {
      ...(request.moveOwner ? { ownerTenantId: request.ownerTenantId } : {}),
      tenantId: tenants,
      readers: request.readers,
      writers: request.writers,
      closed: request.closed,
      readableByAnyUser: request.readableByAnyUser,
      rules: request.rules,
      retentionDays: request.retentionDays,
    };
    const update = async () =>
      this.model
        .findOneAndUpdate(
          {
            _id: request.contextId,
            kind: request.kind,
            ...(request.moveOwner ? {} : { ownerTenantId: request.ownerTenantId }),
          },
          { $set: fields },
          { new: true },
        )
        .setOptions({ crossTenant: OWNER_CALL })
        .lean<DocumentContextRecord>();
    const updated = await update();
    if (updated) return updated;
    try {
      const created = await this.model.create({
        _id: request.contextId,
        kind: request.kind,
        ...fields,
        ownerTenantId: request.ownerTenantId,
      });
      return created.toObject() as DocumentContextRecord;
    } catch (error) {
      if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
      const again = await update();
      if (again) return again;
      throw DomainError.conflict(
        `context ${request.contextId} exists with another kind or owner: they cannot change`,
      );
    }
  }
}
