import { Injectable, Logger } from '@nestjs/common';
import { Periodic } from '@certhub/platform';
import type { DocumentConfig } from '../../config';
import { DocumentStorage } from '../../storage/document-storage';
import { UploadSessionRepository } from '../upload-session.repository';

const BATCH = 100;

/**
 * Aborts resumable uploads past their expiry: the object store drops their parts, then the row
 * goes. An upload already assembled left a pending row for its key: the reconciler removes those
 * bytes unless a document names them.
 */
@Injectable()
export class ExpireUploads {
  private readonly logger = new Logger(ExpireUploads.name);

  constructor(
    private readonly sessions: UploadSessionRepository,
    private readonly storage: DocumentStorage,
  ) {}

  // Every replica runs it: aborting an upload or removing its row twice is harmless.
  @Periodic<DocumentConfig>({ name: 'expire-uploads', intervalMs: (config) => config.RECONCILE_INTERVAL_MS })
  async runOnce(now = new Date()): Promise<number> {
    const expired = await this.sessions.expiredBefore(now, BATCH);
    for (const session of expired) {
      if (!session.assembled) await this.storage.abortMultipart(session.key, session.s3UploadId);
      await this.sessions.remove(session);
    }
    if (expired.length) this.logger.log(`aborted ${expired.length} expired upload(s)`);
    return expired.length;
  }
}
