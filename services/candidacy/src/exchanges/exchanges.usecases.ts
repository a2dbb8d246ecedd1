import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, type DocumentResponse, slicePage, type Principal } from '@certhub/contracts';
import { DomainError, RpcClient, type RpcHandler } from '@certhub/platform';
import { candidateEvent } from '../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import { filesContextId } from '../candidacy/candidate-files';
import type { MessageEntry } from '../candidacy/candidate.schema';
import { attachmentsOf } from './candidate-documents';
import { threadOf } from './exchanges';

/** The most files a candidate's context holds (candidate-files.ts): read whole, in pages of 100. */
const CONTEXT_PAGES = 5;

/**
 * The documents tab: every live file of the candidate's upload context, with the record it belongs
 * to. The candidacy's perimeter answers first (another establishment gets 404 as for the candidate);
 * the list itself is read as the platform, since the context's readers are the whole network.
 */
@Injectable()
export class ListCandidateDocuments {
  constructor(
    private readonly lifecycle: CandidacyLifecycle,
    private readonly rpc: RpcClient,
  ) {}

  readonly execute: RpcHandler<'candidacy.candidates.documents'> = async (principal, query) => {
    const candidate = await this.lifecycle.load(principal, query.candidateId);
    const attachment = attachmentsOf(candidate);
    const documents = (await this.contextDocuments(candidate._id))
      .map((d) => ({ d, ...attachment(d.documentId) }))
      .filter((row) => !query.kind || row.kind === query.kind);
    return slicePage(documents, query, ({ d, kind, attachedTo }) => ({
      documentId: d.documentId,
      kind,
      ...(attachedTo ? { attachedTo } : {}),
      name: d.name,
      fileKind: d.fileKind,
      size: d.size,
      uploadedAt: d.uploadedAt,
      uploadedBy: { userId: d.uploadedBy.userId, tenantType: d.uploadedBy.tenantType },
      frozen: Boolean(d.frozenBy?.length),
    }));
  };

  /** Newest first; a context not registered yet (nothing uploaded) holds nothing. */
  private async contextDocuments(candidateId: string): Promise<DocumentResponse[]> {
    const all: DocumentResponse[] = [];
    for (let page = 1; page <= CONTEXT_PAGES; page += 1) {
      const found = await this.rpc
        .call(
          'document.documents.list',
          { contextId: filesContextId(candidateId), page, pageSize: 100 },
          { principal: SYSTEM_PRINCIPAL, timeoutMs: 5_000 },
        )
        .catch((error: unknown) => {
          if (error instanceof DomainError && error.code === 'not_found') return undefined;
          throw error;
        });
      if (!found) return all;
      all.push(...found.items);
      if (page * found.pageSize >= found.total) break;
    }
    return all;
  }
}

/** The exchanges tab, oldest first, within the candidacy's perimeter. */
@Injectable()
export class ListExchanges {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.candidates.exchanges'> = async (principal, query) => {
    return slicePage(threadOf(await this.lifecycle.load(principal, query.candidateId)), query);
  };
}

const sideOf = (principal: Principal): MessageEntry['side'] =>
  principal.tenantType === 'network' ? 'establishment' : 'certifier';

/**
 * A message to the other side while the certifier has the dossier (the table's `post_message`):
 * kept on the candidacy with its trail, and the other side is notified through the outbox.
 */
@Injectable()
export class PostMessage {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.candidates.post-message'> = async (principal, request) => {
    const side = sideOf(principal);
    const message: MessageEntry = {
      id: `msg_${randomBytes(6).toString('hex')}`,
      at: new Date(),
      by: principal.userId,
      side,
      body: request.body,
    };
    const excerpt = request.body.length > 140 ? `${request.body.slice(0, 139)}…` : request.body;
    await this.lifecycle.apply(principal, request.candidateId, 'post_message', (c, now) => {
      message.at = now;
      return {
        $push: { messages: message },
        $set: { updatedAt: now },
        what: `message from the ${side}: ${excerpt}`,
        events: () => [
          candidateEvent(
            c,
            'certhub.candidacy.message_posted.v1',
            { messageId: message.id, side, postedBy: principal.userId, excerpt },
            now,
          ),
        ],
      };
    });
    return {
      id: message.id,
      at: message.at.toISOString(),
      kind: 'message',
      side,
      by: message.by,
      body: message.body,
      documentIds: [],
    };
  };
}
