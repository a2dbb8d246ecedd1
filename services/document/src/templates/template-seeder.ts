import { Injectable, Logger } from '@nestjs/common';
import { ContextRulesSchema, SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { Periodic } from '@certhub/platform';
import { createHash, randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContextRepository } from '../contexts/context.repository';
import { documentEvent, eventData } from '../documents/document-events';
import { DocumentRepository } from '../documents/document.repository';
import type { StoredVersion } from '../documents/document.schema';
import { CONTENT_TYPES, sniff } from '../inspection/sniff';
import { inspectZip } from '../inspection/zip-inspection';
import { DocumentStorage } from '../storage/document-storage';
import {
  PLATFORM_TENANT,
  SCHEME_TEMPLATES,
  TEMPLATES_CONTEXT,
  type SchemeTemplate,
} from './scheme-templates';

/** Templates are read as long as a scheme points to them. */
const RETENTION_DAYS = 36_500;
/** After a failed pass (store or database away at start), the next one comes this much later. */
const RETRY_MS = 30_000;

/**
 * Stores the schemes' templates at start, each once (an existing id is left as it is, whatever
 * replica got there first), in a context every signed-in user reads and nobody writes. A pass
 * that fails (MinIO not up yet) is retried until every template is stored.
 */
@Injectable()
export class TemplateSeeder {
  private readonly logger = new Logger(TemplateSeeder.name);
  private done = false;

  constructor(
    private readonly contexts: ContextRepository,
    private readonly documents: DocumentRepository,
    private readonly storage: DocumentStorage,
  ) {}

  @Periodic({ name: 'seed-templates', intervalMs: () => RETRY_MS, runAtStart: true })
  async retryUntilStored(): Promise<number> {
    if (this.done) return 0;
    const stored = await this.runOnce();
    this.done = true;
    return stored;
  }

  async runOnce(): Promise<number> {
    await this.contexts.upsert({
      contextId: TEMPLATES_CONTEXT,
      kind: 'template',
      ownerTenantId: PLATFORM_TENANT,
      readers: [],
      writers: [],
      closed: true,
      readableByAnyUser: true,
      rules: ContextRulesSchema.parse({ accept: ['xlsx', 'docx'], maxBytes: 1024 ** 2, maxCount: 100 }),
      retentionDays: RETENTION_DAYS,
    });
    let stored = 0;
    for (const [slot, template] of SCHEME_TEMPLATES.entries()) {
      if (await this.documents.findLive(template.documentId)) continue;
      if (await this.store(template, String(slot))) stored += 1;
    }
    if (stored) this.logger.log(`${stored} scheme template(s) stored`);
    return stored;
  }

  private async store(template: SchemeTemplate, slot: string): Promise<boolean> {
    const bytes = await template.build();
    const path = join(tmpdir(), `template-${randomUUID()}`);
    await writeFile(path, bytes);
    try {
      const kind = await this.kindOf(bytes, path);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const version: StoredVersion = {
        version: 1,
        key: `documents/${template.documentId}/${randomUUID()}`,
        name: template.fileName,
        fileKind: kind,
        contentType: CONTENT_TYPES[kind],
        size: bytes.length,
        sha256,
        uploadedBy: { userId: SYSTEM_PRINCIPAL.userId, tenantType: 'platform', tenantId: PLATFORM_TENANT },
        uploadedAt: new Date(),
        scan: 'clean',
      };
      await this.storage.putFile(version.key, path, bytes.length, sha256);
      const identity = {
        _id: template.documentId,
        tenantId: PLATFORM_TENANT,
        contextId: TEMPLATES_CONTEXT,
        contextKind: 'template' as const,
      };
      const event = documentEvent(
        'certhub.document.uploaded.v1',
        eventData(identity, version, version.uploadedBy.userId),
        identity,
      );
      try {
        await this.documents.create({
          ...identity,
          status: 'active',
          version: 1,
          sha256,
          liveSha: sha256,
          slot,
          versions: [version],
          outbox: [event],
        });
        return true;
      } catch (error) {
        // Another replica stored it first: its bytes are the template, these go.
        await this.storage.remove(version.key);
        if ((error as { code?: unknown }).code === 11000) return false;
        throw error;
      }
    } finally {
      await rm(path, { force: true });
    }
  }

  /** Built by this code, recognised by the same checks as any upload: a broken build fails here. */
  private async kindOf(bytes: Buffer, path: string): Promise<'xlsx' | 'docx'> {
    const family = sniff(bytes.subarray(0, 512)).family;
    const kind =
      family === 'zip'
        ? (
            await inspectZip(path, {
              maxEntries: 100,
              maxUncompressedBytes: 10 * 1024 ** 2,
              maxRatio: 1000,
              maxDepth: 1,
            })
          ).kind
        : undefined;
    if (kind !== 'xlsx' && kind !== 'docx') throw new Error(`a scheme template was built as ${String(kind)}`);
    return kind;
  }
}
