import { Inject, Injectable } from '@nestjs/common';
import { FILE_KINDS, type Principal, type RpcPayload, type UploadSession } from '@certhub/contracts';
import { DomainError, SERVICE_CONFIG } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import type { DocumentConfig } from '../../config';
import { UploadDocument } from '../../documents/upload-document/upload-document.usecase';
import { tooLarge } from '../../documents/upload-document/upload-refusals';
import { EXTENSIONS, cleanFileName } from '../../inspection/file-name';
import { DocumentStorage } from '../../storage/document-storage';
import { UploadSessionRepository } from '../upload-session.repository';
import { toUploadSessionResponse } from '../upload-session.response';

/** Unfinished uploads one user may hold at once (they expire on their own). */
export const MAX_OPEN_UPLOADS = 50;

/**
 * Opens a resumable upload: what can be refused before any byte (access, room, declared size, a
 * name of a kind the context refuses) is refused now, like a single upload; the content itself is
 * checked once the parts are assembled.
 */
@Injectable()
export class CreateUpload {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DocumentConfig,
    private readonly upload: UploadDocument,
    private readonly sessions: UploadSessionRepository,
    private readonly storage: DocumentStorage,
  ) {}

  async execute(
    principal: Principal,
    { contextId, fileName, size }: RpcPayload<'document.uploads.create'>,
  ): Promise<UploadSession> {
    const { context } = await this.upload.authorise(principal, { contextId }).catch((error: unknown) => {
      // The context is a reference in the body, not the resource addressed: an input refusal,
      // worded like the single upload's 404 (nothing tells whether it exists).
      if (error instanceof DomainError && error.code === 'not_found') {
        throw DomainError.invalid([{ field: 'contextId', message: `context ${contextId} not found` }]);
      }
      throw error;
    });
    if (size > context.rules.maxBytes) throw tooLarge(context.rules.maxBytes);
    const name = cleanFileName(fileName, 'document');
    refuseExtension(name, context.rules.accept);
    if ((await this.sessions.countOwn(principal)) >= MAX_OPEN_UPLOADS) {
      throw DomainError.conflict(
        `you already have ${MAX_OPEN_UPLOADS} unfinished uploads: complete or cancel some first`,
      );
    }
    const documentId = randomUUID();
    const key = `documents/${documentId}/${randomUUID()}`;
    const s3UploadId = await this.storage.startMultipart(key);
    try {
      const session = await this.sessions.create({
        _id: randomUUID(),
        tenantId: principal.tenantId,
        tenantType: principal.tenantType,
        userId: principal.userId,
        contextId,
        fileName: name,
        size,
        partSize: this.config.UPLOAD_PART_BYTES,
        documentId,
        key,
        s3UploadId,
        parts: [],
        assembled: false,
        expiresAt: new Date(Date.now() + this.config.UPLOAD_SESSION_TTL_MS),
      });
      return toUploadSessionResponse(session);
    } catch (error) {
      await this.storage.abortMultipart(key, s3UploadId).catch(() => undefined);
      throw error;
    }
  }
}

/** A name ending in an extension of no accepted kind is refused now (415), as its content would be. */
function refuseExtension(name: string, accept: readonly (typeof FILE_KINDS)[number][]): void {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return;
  const extension = name.slice(dot + 1).toLowerCase();
  if (accept.some((kind) => EXTENSIONS[kind].includes(extension))) return;
  throw new DomainError(
    'unsupported_media_type',
    `a .${extension} file is not accepted here: accepted here: ${accept.join(', ')}`,
    { extension, accept },
  );
}
