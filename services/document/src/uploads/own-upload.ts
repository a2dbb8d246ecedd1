import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { COMPLETION_LEASE_MS, UploadSessionRepository } from './upload-session.repository';
import type { UploadSessionRecord } from './upload-session.schema';

/** Loads the caller's own live upload: anyone else's, a finished or an expired one answer 404 alike. */
@Injectable()
export class OwnUpload {
  constructor(private readonly sessions: UploadSessionRepository) {}

  async find(principal: Principal, uploadId: string): Promise<UploadSessionRecord> {
    const session = await this.sessions.findOwn(principal, uploadId);
    if (!session) throw DomainError.notFound(`upload ${uploadId}`);
    return session;
  }

  /** One whose parts may still change: not assembled, no completion running. */
  async open(principal: Principal, uploadId: string, now = new Date()): Promise<UploadSessionRecord> {
    const session = await this.find(principal, uploadId);
    const running =
      session.completingSince &&
      now.getTime() - new Date(session.completingSince).getTime() < COMPLETION_LEASE_MS;
    if (session.assembled || running) {
      throw DomainError.conflict(`upload ${uploadId} is being completed: its parts no longer change`);
    }
    return session;
  }
}
