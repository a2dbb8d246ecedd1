import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PeriodicJobs, SERVICE_CONFIG } from '@certhub/platform';
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
export class ExpireUploads implements OnModuleInit {
  private readonly logger = new Logger(ExpireUploads.name);

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DocumentConfig,
    private readonly sessions: UploadSessionRepository,
    private readonly storage: DocumentStorage,
    private readonly jobs: PeriodicJobs,
  ) {}

  onModuleInit(): void {
    // Every replica runs it: aborting an upload or removing its row twice is harmless.
    this.jobs.register({
      name: 'expire-uploads',
      intervalMs: this.config.RECONCILE_INTERVAL_MS,
      run: ({ now }) => this.runOnce(now),
    });
  }

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
