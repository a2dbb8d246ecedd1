import { Injectable } from '@nestjs/common';
import type { DocumentContext, Principal, UpsertDocumentContextRequest } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { DocumentRepository } from '../../documents/document.repository';
import { isSystem } from '../context-access';
import { ContextRepository } from '../context.repository';
import type { DocumentContextRecord } from '../context.schema';

/**
 * Only the owning services register contexts: the gateway exposes no route for it. A context that
 * moves to another owner takes its documents along (after the context: a retried call finishes it).
 */
@Injectable()
export class UpsertContext {
  constructor(
    private readonly contexts: ContextRepository,
    private readonly documents: DocumentRepository,
  ) {}

  async execute(
    principal: Principal | undefined,
    request: UpsertDocumentContextRequest,
  ): Promise<DocumentContext> {
    if (!principal || !isSystem(principal)) {
      throw DomainError.forbidden('only the owning service registers upload contexts');
    }
    const context = await this.contexts.upsert(request);
    if (request.moveOwner) await this.documents.moveContext(context._id, context.ownerTenantId);
    return toContextResponse(context);
  }
}

export function toContextResponse(context: DocumentContextRecord): DocumentContext {
  return {
    contextId: context._id,
    kind: context.kind,
    ownerTenantId: context.ownerTenantId,
    readers: context.readers,
    writers: context.writers,
    closed: Boolean(context.closed),
    readableByAnyUser: Boolean(context.readableByAnyUser),
    rules: context.rules,
    retentionDays: context.retentionDays,
    createdAt: new Date(context.createdAt).toISOString(),
    updatedAt: new Date(context.updatedAt).toISOString(),
  };
}
