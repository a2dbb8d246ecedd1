import { Injectable, Logger } from '@nestjs/common';
import { Periodic } from '@certhub/platform';
import type { DocumentConfig } from '../../config';
import { DocumentStorage } from '../../storage/document-storage';
import { DocumentRepository } from '../document.repository';

const BATCH = 100;

/**
 * Removes deleted documents whose retention has passed: every version's bytes first, then the
 * row (so a failure half-way is retried on the next pass, never leaving bytes without a row).
 */
@Injectable()
export class PurgeDocuments {
  private readonly logger = new Logger(PurgeDocuments.name);

  constructor(
    private readonly documents: DocumentRepository,
    private readonly storage: DocumentStorage,
  ) {}

  // Every replica runs it: removing bytes or a row twice is harmless.
  @Periodic<DocumentConfig>({ name: 'purge-documents', intervalMs: (config) => config.PURGE_INTERVAL_MS })
  async runOnce(now = new Date()): Promise<number> {
    let purged = 0;
    for (const document of await this.documents.findPurgeable(now, BATCH)) {
      for (const version of document.versions) await this.storage.remove(version.key);
      if (await this.documents.removePurged(document._id)) purged += 1;
    }
    if (purged) this.logger.log(`purged ${purged} document(s) past their retention`);
    return purged;
  }
}
