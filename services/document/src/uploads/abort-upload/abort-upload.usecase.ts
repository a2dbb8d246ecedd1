import { Injectable } from '@nestjs/common';
import type { Principal, RpcPayload, RpcResponse, UploadSession } from '@certhub/contracts';
import { DocumentStorage } from '../../storage/document-storage';
import { OwnUpload } from '../own-upload';
import { UploadSessionRepository } from '../upload-session.repository';
import { toUploadSessionResponse } from '../upload-session.response';

/** Reading an upload (where to resume) and giving it up (its parts removed), for its uploader only. */
@Injectable()
export class AbortUpload {
  constructor(
    private readonly own: OwnUpload,
    private readonly sessions: UploadSessionRepository,
    private readonly storage: DocumentStorage,
  ) {}

  async get(principal: Principal, { uploadId }: RpcPayload<'document.uploads.get'>): Promise<UploadSession> {
    return toUploadSessionResponse(await this.own.find(principal, uploadId));
  }

  async execute(
    principal: Principal,
    { uploadId }: RpcPayload<'document.uploads.abort'>,
  ): Promise<RpcResponse<'document.uploads.abort'>> {
    const session = await this.own.open(principal, uploadId);
    await this.storage.abortMultipart(session.key, session.s3UploadId);
    await this.sessions.remove(session);
    return { uploadId, aborted: true };
  }
}
