import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CloudEvent } from '@certhub/contracts';
import { pushEvents } from '@certhub/platform';
import type { Model } from 'mongoose';
import { randomInt } from 'node:crypto';
import { DocumentRecord, type StoredVersion } from './document.schema';

const BY_ID = 'a document id is authorised against its context right after it is loaded';
const CHECK = 'the owning service checks references it is about to record, each against its tenant';
const MOVE = 'a context moved to another owner tenant takes its documents along';
const JOBS = 'purge and reconciliation span every tenant';

/** Documents are read under their owner tenant once the caller is authorised on the context. */
@Injectable()
export class DocumentRepository {
  constructor(@InjectModel(DocumentRecord.name) private readonly model: Model<DocumentRecord>) {}

  /** Live or deleted (not yet purged): a reference check tells the two apart. */
  findMany(documentIds: string[]): Promise<DocumentRecord[]> {
    return this.model
      .find({ _id: { $in: documentIds } })
      .setOptions({ crossTenant: CHECK })
      .lean<DocumentRecord[]>();
  }

  /** Idempotent: a reason already recorded is not added twice. */
  async freeze(documentIds: string[], reason: string): Promise<void> {
    await this.model
      .updateMany({ _id: { $in: documentIds }, status: 'active' }, { $addToSet: { frozenBy: reason } })
      .setOptions({ crossTenant: CHECK });
  }

  /**
   * Every document of a context (live or deleted, not yet purged) under its owner tenant: the
   * context moved to another owner (UpsertContext). Idempotent.
   */
  async moveContext(contextId: string, tenantId: string): Promise<void> {
    await this.model
      .updateMany({ contextId, tenantId: { $ne: tenantId } }, { $set: { tenantId } })
      .setOptions({ crossTenant: MOVE });
  }

  findLive(documentId: string): Promise<DocumentRecord | null> {
    return this.model
      .findOne({ _id: documentId, status: 'active' })
      .setOptions({ crossTenant: BY_ID })
      .lean<DocumentRecord>();
  }

  listLive(tenantId: string, contextId: string, skip: number, limit: number): Promise<DocumentRecord[]> {
    return this.model
      .find({ tenantId, contextId, status: 'active' })
      .sort({ createdAt: -1, _id: 1 })
      .skip(skip)
      .limit(limit)
      .lean<DocumentRecord[]>();
  }

  countLive(tenantId: string, contextId: string): Promise<number> {
    return this.model.countDocuments({ tenantId, contextId, status: 'active' });
  }

  findDuplicate(tenantId: string, contextId: string, sha256: string): Promise<DocumentRecord | null> {
    return this.model.findOne({ tenantId, contextId, liveSha: sha256 }).lean<DocumentRecord>();
  }

  /**
   * A place among the context's maxCount that no live document holds, drawn at random so that
   * racing uploads rarely draw the same one (the unique index settles those that do).
   */
  async freeSlot(tenantId: string, contextId: string, maxCount: number): Promise<string | undefined> {
    const live = await this.model
      .find({ tenantId, contextId, status: 'active' }, { slot: 1 })
      .lean<Pick<DocumentRecord, 'slot'>[]>();
    const used = new Set(live.map((d) => d.slot));
    const free: string[] = [];
    for (let n = 0; n < maxCount && free.length < 1000; n++) if (!used.has(String(n))) free.push(String(n));
    return free[randomInt(free.length || 1)];
  }

  async create(record: Omit<DocumentRecord, 'createdAt' | 'updatedAt'>): Promise<DocumentRecord> {
    return (await this.model.create(record)).toObject() as DocumentRecord;
  }

  /** Adds a version if nobody replaced or deleted the document since it was read. */
  addVersion(
    current: DocumentRecord,
    version: StoredVersion,
    event: CloudEvent,
  ): Promise<DocumentRecord | null> {
    return this.model
      .findOneAndUpdate(
        { _id: current._id, tenantId: current.tenantId, status: 'active', version: current.version },
        {
          $set: { version: version.version, sha256: version.sha256, liveSha: version.sha256 },
          $push: { versions: version, outbox: { $each: [event] } },
        },
        { new: true },
      )
      .lean<DocumentRecord>();
  }

  softDelete(
    current: DocumentRecord,
    change: { deletedAt: Date; purgeAfter: Date; deletedBy: string },
    event: CloudEvent,
  ): Promise<DocumentRecord | null> {
    return this.model
      .findOneAndUpdate(
        // Frozen meanwhile (a check froze it after this delete read it): not deleted.
        {
          _id: current._id,
          tenantId: current.tenantId,
          status: 'active',
          version: current.version,
          'frozenBy.0': { $exists: false },
        },
        {
          $set: {
            status: 'deleted',
            liveSha: `deleted:${current._id}`,
            slot: `deleted:${current._id}`,
            ...change,
          },
          ...pushEvents(event),
        },
        { new: true },
      )
      .lean<DocumentRecord>();
  }

  findPurgeable(now: Date, limit: number): Promise<DocumentRecord[]> {
    return this.model
      .find({ status: 'deleted', purgeAfter: { $lte: now } })
      .setOptions({ crossTenant: JOBS })
      .limit(limit)
      .lean<DocumentRecord[]>();
  }

  /** Removes the row once its bytes are gone, unless its events are not published yet. */
  async removePurged(documentId: string): Promise<boolean> {
    const result = await this.model
      .deleteOne({ _id: documentId, status: 'deleted', 'outbox.0': { $exists: false } })
      .setOptions({ crossTenant: JOBS });
    return result.deletedCount === 1;
  }

  async ownsKey(key: string): Promise<boolean> {
    return (await this.model.countDocuments({ 'versions.key': key }).setOptions({ crossTenant: JOBS })) > 0;
  }
}
