import { Inject, Injectable, Logger } from '@nestjs/common';
import { Periodic, SERVICE_CONFIG } from '@certhub/platform';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentConfig } from '../../config';
import { DocumentStorage } from '../../storage/document-storage';
import { DocumentRepository } from '../document.repository';
import { PendingUploadRepository } from '../pending-upload.repository';

const BATCH = 100;

/**
 * Resolves uploads abandoned between the bytes and the metadata (a crash, the database away):
 * bytes that no document names are removed, then the pending row. Also clears spool files left
 * by a process that died mid-upload.
 */
@Injectable()
export class ReconcileUploads {
  private readonly logger = new Logger(ReconcileUploads.name);

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DocumentConfig,
    private readonly pending: PendingUploadRepository,
    private readonly documents: DocumentRepository,
    private readonly storage: DocumentStorage,
  ) {}

  // Every replica runs it: each step is idempotent.
  @Periodic<DocumentConfig>({
    name: 'reconcile-uploads',
    intervalMs: (config) => config.RECONCILE_INTERVAL_MS,
  })
  async runOnce(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.ORPHAN_AFTER_MS);
    let removed = 0;
    for (const upload of await this.pending.abandonedBefore(before, BATCH)) {
      if (!(await this.documents.ownsKey(upload._id))) {
        await this.storage.remove(upload._id);
        removed += 1;
        this.logger.warn(
          `removed orphan bytes ${upload._id} of an upload abandoned since ${upload.startedAt.toISOString()}`,
        );
      }
      await this.pending.remove(upload._id);
    }
    await this.clearSpool(before);
    return removed;
  }

  private async clearSpool(before: Date): Promise<void> {
    const names = await readdir(this.config.SPOOL_DIR).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.startsWith('certhub-upload-'))) {
      const path = join(this.config.SPOOL_DIR, name);
      const info = await stat(path).catch(() => undefined);
      if (info && info.mtime < before) await rm(path, { force: true });
    }
  }
}
