import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { canRead, canWrite } from '../contexts/context-access';
import { ContextRepository } from '../contexts/context.repository';
import type { DocumentContextRecord } from '../contexts/context.schema';
import { DocumentRepository } from './document.repository';
import type { DocumentRecord } from './document.schema';

export type Need = 'read' | 'write';

/**
 * Deny by default, decided by the context: whoever may not read it gets 404 (nothing tells that
 * it exists); a reader who may not write gets 403; a closed context takes no change (409).
 */
@Injectable()
export class DocumentAccess {
  constructor(
    private readonly contexts: ContextRepository,
    private readonly documents: DocumentRepository,
  ) {}

  async context(
    principal: Principal | undefined,
    contextId: string,
    need: Need,
  ): Promise<DocumentContextRecord> {
    const context = principal ? await this.contexts.findFor(contextId, principal) : null;
    if (!principal || !context || !canRead(context, principal))
      throw DomainError.notFound(`context ${contextId}`);
    if (need === 'write' && !canWrite(context, principal)) {
      throw DomainError.forbidden(`you may read context ${contextId} but not add or change its documents`);
    }
    if (need === 'write' && context.closed) {
      throw DomainError.conflict(
        `context ${contextId} is closed: its documents are the evidence of what was done there and no longer change`,
      );
    }
    return context;
  }

  async document(
    principal: Principal | undefined,
    documentId: string,
    need: Need,
  ): Promise<{ document: DocumentRecord; context: DocumentContextRecord }> {
    const document = await this.documents.findLive(documentId);
    if (!document) throw DomainError.notFound(`document ${documentId}`);
    try {
      return { document, context: await this.context(principal, document.contextId, need) };
    } catch (error) {
      if (error instanceof DomainError && error.code === 'not_found')
        throw DomainError.notFound(`document ${documentId}`);
      throw error;
    }
  }
}
