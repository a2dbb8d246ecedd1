import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FindingItemKind, FindingAction } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { findingProofsContextId } from '../../evidence/document-contexts';
import { DocumentReferences } from '../../evidence/document-references';
import { FindingLifecycle } from '../finding-lifecycle';
import type { FindingDoc, FindingItem } from '../finding.schema';

const ACTIONS: Record<'draft' | 'edit' | 'ready', Record<FindingItemKind, FindingAction>> = {
  draft: { measure: 'draft_measure', proof: 'draft_proof' },
  edit: { measure: 'edit_measure', proof: 'edit_proof' },
  ready: { measure: 'mark_measure_ready', proof: 'mark_proof_ready' },
};

/** Items the applicant may still change: drafts, and those the analyst sent back for clarification. */
const EDITABLE = new Set<FindingItem['status']>(['draft', 'clarification_requested']);

/**
 * The applicant's drafts (docs/domain/organisation-certification.md#corrective-measures, #material-proofs):
 * several measures (or proofs) per finding, saved as drafts any number of times and marked "prête à envoyer"
 * one by one; only the items marked ready leave with the next batch.
 */
@Injectable()
export class EditItems {
  constructor(
    private readonly findings: FindingLifecycle,
    private readonly documents: DocumentReferences,
  ) {}

  readonly add: RpcHandler<'dossier.findings.items.add'> = (principal, request) =>
    this.findings.command(principal, request, ACTIONS.draft[request.kind], async (f, now) => {
      await this.requireProofs(f, request.documentIds);
      const item: FindingItem = {
        id: randomUUID(),
        kind: request.kind,
        status: 'draft',
        ready: false,
        text: request.text,
        documentIds: request.documentIds ?? [],
        updatedAt: now,
      };
      return {
        $set: { items: [...f.items, item] },
        what: `${request.kind} drafted`,
        after: { itemId: item.id },
      };
    });

  readonly edit: RpcHandler<'dossier.findings.items.edit'> = (principal, request) =>
    this.findings.command(principal, request, ACTIONS.edit[request.kind], async (f, now) => {
      const item = editableItem(f, request.kind, request.itemId);
      await this.requireProofs(f, request.documentIds);
      return {
        // A changed item is a draft again: it leaves only once marked ready anew.
        $set: {
          items: replace(f, item.id, (i) => ({
            ...i,
            status: 'draft',
            ready: false,
            ...(request.text !== undefined ? { text: request.text } : {}),
            ...(request.documentIds !== undefined ? { documentIds: request.documentIds } : {}),
            updatedAt: now,
          })),
        },
        what: `${item.kind} edited`,
        before: { text: item.text, documentIds: item.documentIds },
        after: { text: request.text, documentIds: request.documentIds },
      };
    });

  readonly setReady: RpcHandler<'dossier.findings.items.set-ready'> = (principal, request) =>
    this.findings.command(principal, request, ACTIONS.ready[request.kind], (f, now) => {
      const item = editableItem(f, request.kind, request.itemId);
      if (request.ready && item.kind === 'proof' && item.documentIds.length === 0)
        throw new DomainError(
          'validation_failed',
          'a material proof needs at least one document before it is ready',
          [{ field: 'documentIds', message: 'no document attached' }],
        );
      return {
        $set: {
          items: replace(f, item.id, (i) => ({
            ...i,
            status: 'draft',
            ready: request.ready,
            updatedAt: now,
          })),
        },
        what: `${item.kind} ${request.ready ? 'marked ready to send' : 'back to draft'}`,
        after: { itemId: item.id, ready: request.ready },
      };
    });

  /** Documents of an item: uploaded to the finding's proofs context, by its organisation. */
  private requireProofs(f: FindingDoc, documentIds: readonly string[] | undefined): Promise<void> {
    return this.documents.require(
      (documentIds ?? []).map((documentId, index) => ({
        field: `documentIds.${index}`,
        documentId,
        contextId: findingProofsContextId(f._id),
        ownerTenantId: f.organisationId,
      })),
    );
  }
}

function editableItem(finding: FindingDoc, kind: FindingItemKind, itemId: string): FindingItem {
  const item = finding.items.find((i) => i.id === itemId && i.kind === kind);
  if (!item) throw DomainError.notFound(`item ${itemId} of finding ${finding.number}`);
  if (!EDITABLE.has(item.status)) {
    throw new DomainError(
      'invalid_transition',
      `the ${item.kind} is ${item.status}: it can no longer be changed`,
      {
        currentStatus: finding.status,
        itemStatus: item.status,
      },
    );
  }
  return item;
}

export function replace(
  f: FindingDoc,
  itemId: string,
  change: (i: FindingItem) => FindingItem,
): FindingItem[] {
  return f.items.map((i) => (i.id === itemId ? change(i) : i));
}
