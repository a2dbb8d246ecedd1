import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CloudEvent, DocumentResponse, Principal } from '@certhub/contracts';
import { DomainError, SERVICE_CONFIG } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { DocumentConfig } from '../../config';
import type { DocumentContextRecord } from '../../contexts/context.schema';
import { CONTENT_TYPES } from '../../inspection/sniff';
import { DocumentStorage } from '../../storage/document-storage';
import { DocumentAccess } from '../document-access';
import { documentEvent, eventData } from '../document-events';
import { DocumentRepository } from '../document.repository';
import type { DocumentRecord, StoredVersion } from '../document.schema';
import { toDocumentResponse } from '../dto/document.response';
import { PendingUploadRepository } from '../pending-upload.repository';
import { ContentChecks } from './content-checks';
import { spool, type Spooled } from './spool';
import { duplicate, full, isDuplicateKey, tooLarge } from './upload-refusals';

export interface UploadTarget {
  context: DocumentContextRecord;
  /** Set when the upload is a new version of it. */
  document?: DocumentRecord;
}

export interface UploadCommand {
  /** A new document in this context… */
  contextId?: string;
  /** …or a new version of this document. */
  documentId?: string;
  fileName?: string;
  declaredLength?: number;
  body: Readable;
}

/**
 * Upload: authorise on the context, spool (size limit, SHA-256), check the content, then store
 * the bytes under a new key announced by a pending row, and only then write the metadata (with
 * its event). Whatever fails before the metadata leaves nothing behind; a crash leaves a pending
 * row that the reconciler resolves.
 */
@Injectable()
export class UploadDocument {
  private readonly logger = new Logger(UploadDocument.name);

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DocumentConfig,
    private readonly access: DocumentAccess,
    private readonly documents: DocumentRepository,
    private readonly pending: PendingUploadRepository,
    private readonly storage: DocumentStorage,
    private readonly checks: ContentChecks,
  ) {}

  async execute(principal: Principal | undefined, command: UploadCommand): Promise<DocumentResponse> {
    const target = await this.authorise(principal, command);
    if (command.declaredLength !== undefined && command.declaredLength > target.context.rules.maxBytes) {
      throw tooLarge(target.context.rules.maxBytes);
    }
    const file = await spool(command.body, this.config.SPOOL_DIR, target.context.rules.maxBytes);
    try {
      return await this.register(principal as Principal, target, file, command.fileName);
    } finally {
      await rm(file.path, { force: true });
    }
  }

  /** Where an upload goes, once the caller may write there (and, for a new document, the context has room). */
  async authorise(
    principal: Principal | undefined,
    command: Omit<UploadCommand, 'body'>,
  ): Promise<UploadTarget> {
    if (command.documentId) return this.access.document(principal, command.documentId, 'write');
    const context = await this.access.context(principal, command.contextId ?? '', 'write');
    await this.refuseFull(context);
    return { context };
  }

  /**
   * The content checks, the duplicate check, then the bytes and the metadata with its event: for a
   * file spooled here, or (`stored`) one already assembled in the store under a pending key, which
   * is removed when the file is refused.
   */
  async register(
    principal: Principal,
    target: UploadTarget,
    file: Spooled,
    fileName: string | undefined,
    stored?: { documentId: string; key: string },
  ): Promise<DocumentResponse> {
    const { context } = target;
    const documentId = target.document?._id ?? stored?.documentId ?? randomUUID();
    let version: StoredVersion;
    try {
      const { kind, name, scan } = await this.checks.check(file, context.rules, principal, fileName);
      await this.refuseDuplicate(context, file, target.document);
      version = {
        version: (target.document?.version ?? 0) + 1,
        key: stored?.key ?? `documents/${documentId}/${randomUUID()}`,
        name,
        fileKind: kind,
        contentType: CONTENT_TYPES[kind],
        size: file.size,
        sha256: file.sha256,
        uploadedBy: {
          userId: principal.userId,
          tenantType: principal.tenantType,
          tenantId: principal.tenantId,
        },
        uploadedAt: new Date(),
        scan,
      };
      if (!stored) await this.store(documentId, context._id, version, file);
    } catch (error) {
      if (stored && error instanceof DomainError && error.code !== 'dependency_unavailable') {
        await this.discard(stored.key);
      }
      throw error;
    }
    const saved = await this.commit(context, documentId, version, target.document);
    return toDocumentResponse(saved);
  }

  private async refuseFull(context: DocumentContextRecord): Promise<void> {
    const count = await this.documents.countLive(context.ownerTenantId, context._id);
    if (count >= context.rules.maxCount) throw full(context.rules.maxCount);
  }

  private async refuseDuplicate(context: DocumentContextRecord, file: Spooled, replacing?: DocumentRecord) {
    const existing = await this.documents.findDuplicate(context.ownerTenantId, context._id, file.sha256);
    if (existing) throw duplicate(existing, replacing?._id);
  }

  private async store(documentId: string, contextId: string, version: StoredVersion, file: Spooled) {
    await this.pending.add(version.key, documentId, contextId, new Date());
    try {
      await this.storage.putFile(version.key, file.path, file.size, file.sha256);
    } catch (error) {
      this.logger.warn(
        `upload of ${version.key} failed: ${String((error as { cause?: unknown }).cause ?? error)}`,
      );
      // The object store may hold part of it or nothing: the reconciler deals with the rest.
      await this.pending.remove(version.key).catch(() => undefined);
      throw error;
    }
  }

  private async commit(
    context: DocumentContextRecord,
    documentId: string,
    version: StoredVersion,
    replacing: DocumentRecord | undefined,
  ): Promise<DocumentRecord> {
    const userId = version.uploadedBy.userId;
    const identity = {
      _id: documentId,
      tenantId: context.ownerTenantId,
      contextId: context._id,
      contextKind: context.kind,
    };
    const event = documentEvent(
      'certhub.document.uploaded.v1',
      eventData(identity, version, userId),
      identity,
    );
    try {
      const saved = replacing
        ? await this.documents.addVersion(replacing, version, event)
        : await this.createInFreeSlot(context, identity, version, event);
      if (!saved) {
        throw new DomainError(
          'stale_version',
          'the document was replaced or deleted meanwhile: reload and retry',
        );
      }
      await this.pending.remove(version.key).catch(() => undefined);
      return saved;
    } catch (error) {
      const refusal =
        error instanceof DomainError
          ? error
          : isDuplicateKey(error)
            ? await this.racingDuplicate(context, version, replacing)
            : undefined;
      // A database failure leaves the pending row: the reconciler removes the bytes no document names.
      if (!refusal) throw error;
      await this.discard(version.key);
      throw refusal;
    }
  }

  /** A unique index refused the write: the same file was stored meanwhile by a racing upload. */
  private async racingDuplicate(
    context: DocumentContextRecord,
    version: StoredVersion,
    replacing?: DocumentRecord,
  ): Promise<DomainError> {
    const existing = await this.documents.findDuplicate(context.ownerTenantId, context._id, version.sha256);
    return existing
      ? duplicate(existing, replacing?._id)
      : new DomainError('stale_version', 'the context changed meanwhile: retry');
  }

  /**
   * The unique indexes on (context, liveSha) and (context, slot) are what hold under concurrency:
   * a racing duplicate is refused, a racing upload that took the same slot takes the next one.
   */
  private async createInFreeSlot(
    context: DocumentContextRecord,
    identity: Pick<DocumentRecord, '_id' | 'tenantId' | 'contextId' | 'contextKind'>,
    version: StoredVersion,
    event: CloudEvent,
  ): Promise<DocumentRecord> {
    for (let attempt = 0; attempt < SLOT_ATTEMPTS; attempt++) {
      const slot = await this.documents.freeSlot(context.ownerTenantId, context._id, context.rules.maxCount);
      if (slot === undefined) throw full(context.rules.maxCount);
      try {
        return await this.documents.create({
          ...identity,
          status: 'active',
          version: version.version,
          sha256: version.sha256,
          liveSha: version.sha256,
          slot,
          versions: [version],
          outbox: [event],
        });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        const existing = await this.documents.findDuplicate(
          context.ownerTenantId,
          context._id,
          version.sha256,
        );
        if (existing) throw duplicate(existing);
      }
    }
    throw new DomainError('stale_version', 'too many uploads into this context at once: retry');
  }

  private async discard(key: string): Promise<void> {
    await this.storage.remove(key).catch(() => undefined);
    await this.pending.remove(key).catch(() => undefined);
  }
}

const SLOT_ATTEMPTS = 10;
