import { Inject, Injectable } from '@nestjs/common';
import type { DocumentResponse, Principal, RpcPayload } from '@certhub/contracts';
import { DomainError, SERVICE_CONFIG } from '@certhub/platform';
import { rm } from 'node:fs/promises';
import type { DocumentConfig } from '../../config';
import { DocumentRepository } from '../../documents/document.repository';
import { toDocumentResponse } from '../../documents/dto/document.response';
import { PendingUploadRepository } from '../../documents/pending-upload.repository';
import { spool } from '../../documents/upload-document/spool';
import { UploadDocument } from '../../documents/upload-document/upload-document.usecase';
import { isDuplicateKey } from '../../documents/upload-document/upload-refusals';
import { DocumentStorage } from '../../storage/document-storage';
import { OwnUpload } from '../own-upload';
import { UploadSessionRepository } from '../upload-session.repository';
import type { UploadSessionRecord } from '../upload-session.schema';
import { partCount, storedParts } from '../upload-session.response';

/**
 * Assembles the parts under the key a pending row announces (so a crash leaves bytes the
 * reconciler finds), reads the whole file back into the spool and hands it to the single upload's
 * registration: the same content checks, duplicate check, metadata and event. A refusal removes
 * the assembled file and the upload; a dependency away (503) keeps both for a retry.
 */
@Injectable()
export class CompleteUpload {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DocumentConfig,
    private readonly own: OwnUpload,
    private readonly upload: UploadDocument,
    private readonly sessions: UploadSessionRepository,
    private readonly pending: PendingUploadRepository,
    private readonly documents: DocumentRepository,
    private readonly storage: DocumentStorage,
  ) {}

  async execute(
    principal: Principal,
    { uploadId }: RpcPayload<'document.uploads.complete'>,
  ): Promise<DocumentResponse> {
    const found = await this.own.find(principal, uploadId);
    const registered = await this.registeredAlready(found);
    if (registered) return registered;
    const stored = new Set(storedParts(found).map((p) => p.partNumber));
    const missing = Array.from({ length: partCount(found) }, (_, i) => i + 1).filter((n) => !stored.has(n));
    if (missing.length) {
      throw DomainError.conflict(`upload ${uploadId} still lacks part(s) ${missing.join(', ')}`, { missing });
    }
    const target = await this.upload.authorise(principal, { contextId: found.contextId });
    const session = await this.sessions.claimCompletion(found);
    if (!session) throw DomainError.conflict(`upload ${uploadId} is already being completed`);
    let assembled = session.assembled;
    try {
      if (!assembled) {
        await this.pending
          .add(session.key, session.documentId, session.contextId, new Date())
          .catch((error: unknown) => {
            if (!isDuplicateKey(error)) throw error;
          });
        await this.storage.completeMultipart(session.key, session.s3UploadId, storedParts(session));
        assembled = true;
      }
      const document = await this.check(principal, target, session);
      await this.sessions.remove(session);
      return document;
    } catch (error) {
      if (error instanceof DomainError && error.code !== 'dependency_unavailable') {
        // Refused: register removed the assembled file; the upload has nothing left to resume.
        if (!assembled)
          await this.storage.abortMultipart(session.key, session.s3UploadId).catch(() => undefined);
        await this.sessions.remove(session);
      } else {
        await this.sessions.releaseCompletion(session, assembled).catch(() => undefined);
      }
      throw error;
    }
  }

  private async check(
    principal: Principal,
    target: Awaited<ReturnType<UploadDocument['authorise']>>,
    session: UploadSessionRecord,
  ): Promise<DocumentResponse> {
    const file = await spool(await this.storage.get(session.key), this.config.SPOOL_DIR, session.size);
    try {
      if (file.size !== session.size) {
        await this.storage.remove(session.key);
        await this.pending.remove(session.key);
        throw new DomainError(
          'validation_failed',
          `the assembled file holds ${file.size} bytes, not the ${session.size} announced`,
        );
      }
      return await this.upload.register(principal, target, file, session.fileName, {
        documentId: session.documentId,
        key: session.key,
      });
    } finally {
      await rm(file.path, { force: true });
    }
  }

  /** A completion that died after writing the document but before removing the upload: answer that document. */
  private async registeredAlready(session: UploadSessionRecord): Promise<DocumentResponse | undefined> {
    if (!session.assembled || !(await this.documents.ownsKey(session.key))) return undefined;
    await this.sessions.remove(session);
    const document = await this.documents.findLive(session.documentId);
    if (!document) throw DomainError.notFound(`upload ${session._id}`);
    return toDocumentResponse(document);
  }
}
