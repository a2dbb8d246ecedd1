import { Inject, Injectable } from '@nestjs/common';
import type { DocumentReference, Principal, RpcPayload, RpcResponse } from '@certhub/contracts';
import { DomainError, SERVICE_CONFIG } from '@certhub/platform';
import type { DocumentConfig } from '../../config';
import { isSystem } from '../../contexts/context-access';
import { DocumentRepository } from '../document.repository';
import type { DocumentRecord } from '../document.schema';
import { currentVersion } from '../dto/document.response';

/**
 * What another service asks before it records document ids: each must exist, live in the expected
 * context of the expected tenant, be clean and not deleted. The answer names the failing field
 * and never tells a document of another context or tenant from a missing one.
 */
@Injectable()
export class CheckDocuments {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DocumentConfig,
    private readonly documents: DocumentRepository,
  ) {}

  async execute(
    principal: Principal | undefined,
    { references, freezeAs }: RpcPayload<'document.documents.check'>,
  ): Promise<RpcResponse<'document.documents.check'>> {
    if (!principal || !isSystem(principal))
      throw DomainError.forbidden('only the owning services check the documents they reference');
    const ids = [...new Set(references.map((r) => r.documentId))];
    const found = new Map((await this.documents.findMany(ids)).map((d) => [d._id, d]));
    const errors = references.flatMap((r) => {
      const message = this.problem(r, found.get(r.documentId));
      return message ? [{ field: r.field, message }] : [];
    });
    if (!errors.length && freezeAs && ids.length) await this.documents.freeze(ids, freezeAs);
    return { errors };
  }

  private problem(reference: DocumentReference, document: DocumentRecord | undefined): string | undefined {
    const id = reference.documentId;
    if (
      !document ||
      document.contextId !== reference.contextId ||
      document.tenantId !== reference.ownerTenantId
    )
      return `document ${id} does not exist in ${reference.contextId}: upload it there first`;
    if (document.status !== 'active') return `document ${id} was deleted`;
    return this.scanProblem(id, currentVersion(document).scan);
  }

  /** Clean, or stored while scanning was off and it still is (then nothing could be scanned). */
  private scanProblem(id: string, verdict: 'clean' | 'not_scanned' | undefined): string | undefined {
    if (verdict === 'clean') return undefined;
    return this.config.CLAMD_URL ? `document ${id} was not scanned for malware: upload it again` : undefined;
  }
}
