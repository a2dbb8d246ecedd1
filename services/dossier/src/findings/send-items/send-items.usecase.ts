import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { findingTransitionFor } from '@certhub/contracts';
import type { RpcResponse } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { findingProofsContextId } from '../../evidence/document-contexts';
import { DocumentReferences } from '../../evidence/document-references';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { findingScope } from '../finding-access';
import { findingEvent, findingRef } from '../finding-events';
import { FindingLifecycle } from '../finding-lifecycle';
import { FindingRepository } from '../finding.repository';
import type { FindingDoc } from '../finding.schema';

/**
 * "Envoyer" (docs/domain/organisation-certification.md#ready-items-and-batch-send): every measure (or proof)
 * marked ready, across the dossier's findings, leaves in one batch; drafts not marked ready stay behind ("Les
 * NC qui ne sont pas indiquées … ne seront pas envoyées"). Each finding moves in its own versioned write with
 * its event (no multi-document transactions): the batch id ties them together.
 */
@Injectable()
export class SendItems {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly repository: FindingRepository,
    private readonly findings: FindingLifecycle,
    private readonly documents: DocumentReferences,
  ) {}

  readonly execute: RpcHandler<'dossier.findings.send'> = async (principal, request) => {
    const dossier = await this.dossiers.getVisible(principal, request.dossierId);
    const action = request.kind === 'measure' ? 'send_measures' : 'send_proofs';
    const hasReady = (f: FindingDoc) =>
      f.items.some((i) => i.kind === request.kind && i.status === 'draft' && i.ready);
    const candidates = (
      await this.repository.ofDossier(findingScope(principal), dossier._id, { open: true })
    ).filter((f) => hasReady(f) && findingTransitionFor(f.status, action));
    if (candidates.length === 0) {
      // The refusal reports where each finding stands (the table's 409 "with the current status").
      const all = await this.repository.ofDossier(findingScope(principal), dossier._id);
      throw new DomainError(
        'invalid_transition',
        `no ${request.kind} of this dossier is marked ready to send`,
        {
          action,
          findings: all.map((f) => ({ findingId: f._id, number: f.number, status: f.status })),
        },
      );
    }
    const batchId = randomUUID();
    const sent: RpcResponse<'dossier.findings.send'>['findings'] = [];
    for (const candidate of candidates) {
      const { after, change } = await this.findings.apply(principal, candidate, action, async (f, now) => {
        const ready = f.items.filter((i) => i.kind === request.kind && i.status === 'draft' && i.ready);
        const itemIds = ready.map((i) => i.id);
        // What is sent is evidence: each document checked again (it may have been deleted since) and frozen.
        for (const item of ready)
          await this.documents.require(
            item.documentIds.map((documentId) => ({
              field: `items.${item.id}.documentIds`,
              documentId,
              contextId: findingProofsContextId(f._id),
              ownerTenantId: f.organisationId,
            })),
            `finding:${f._id}:item:${item.id}`,
          );
        return {
          itemIds,
          $set: {
            items: f.items.map((i) =>
              itemIds.includes(i.id)
                ? { ...i, status: 'sent', ready: false, sentAt: now, updatedAt: now }
                : i,
            ),
            ...(dossier.analystId ? { analystId: dossier.analystId } : {}),
          },
          what: `${itemIds.length} ${request.kind}(s) sent in batch ${batchId}`,
          after: { batchId, itemIds },
          events: () => [
            findingEvent(
              request.kind === 'measure'
                ? 'certhub.finding.measures_sent.v1'
                : 'certhub.finding.proofs_sent.v1',
              {
                ...findingRef(f, dossier.analystId),
                batchId,
                itemIds,
                at: now.toISOString(),
                by: principal.userId,
              },
              f,
              now,
            ),
          ],
        };
      });
      sent.push({ findingId: after._id, number: after.number, itemIds: change.itemIds });
    }
    return { batchId, findings: sent };
  };
}
