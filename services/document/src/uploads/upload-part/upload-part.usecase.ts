import { Inject, Injectable } from '@nestjs/common';
import type { Principal, UploadPart as UploadPartResponse } from '@certhub/contracts';
import { DomainError, SERVICE_CONFIG } from '@certhub/platform';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { DocumentConfig } from '../../config';
import { DocumentAccess } from '../../documents/document-access';
import { spool } from '../../documents/upload-document/spool';
import { DocumentStorage } from '../../storage/document-storage';
import { OwnUpload } from '../own-upload';
import { UploadSessionRepository } from '../upload-session.repository';
import { expectedPartSize, partCount } from '../upload-session.response';

export interface UploadPartCommand {
  uploadId: string;
  partNumber: number;
  declaredLength?: number;
  body: Readable;
}

/**
 * One part, spooled like a single upload (never in memory, cut off past its expected size), then
 * sent to the multipart upload. Sending a number again replaces that part: a part cut by a broken
 * connection is simply sent again.
 */
@Injectable()
export class UploadPart {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DocumentConfig,
    private readonly own: OwnUpload,
    private readonly access: DocumentAccess,
    private readonly sessions: UploadSessionRepository,
    private readonly storage: DocumentStorage,
  ) {}

  async execute(principal: Principal, command: UploadPartCommand): Promise<UploadPartResponse> {
    const session = await this.own.open(principal, command.uploadId);
    await this.access.context(principal, session.contextId, 'write');
    const { partNumber } = command;
    if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > partCount(session)) {
      throw new DomainError(
        'validation_failed',
        `partNumber must be an integer from 1 to ${partCount(session)}`,
        { partCount: partCount(session) },
      );
    }
    const expected = expectedPartSize(session, partNumber);
    if (command.declaredLength !== undefined && command.declaredLength !== expected) {
      throw wrongSize(partNumber, expected);
    }
    const file = await spool(command.body, this.config.SPOOL_DIR, expected);
    try {
      if (file.size !== expected) throw wrongSize(partNumber, expected);
      const etag = await this.storage.putPart(
        session.key,
        session.s3UploadId,
        partNumber,
        file.path,
        file.size,
      );
      const part = { partNumber, size: file.size, sha256: file.sha256 };
      if (!(await this.sessions.recordPart(session, { ...part, etag }))) {
        throw DomainError.conflict(`upload ${command.uploadId} was completed meanwhile`);
      }
      return part;
    } finally {
      await rm(file.path, { force: true });
    }
  }
}

const wrongSize = (partNumber: number, expected: number) =>
  new DomainError('validation_failed', `part ${partNumber} must be exactly ${expected} bytes`, {
    partNumber,
    expected,
  });
