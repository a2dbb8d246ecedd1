import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { DomainError } from '@certhub/platform';
import type { FilterQuery, Model } from 'mongoose';
import { SchemeRecord, type SchemeHeader } from './scheme.schema';

const HEADER = { definition: 0 } as const;

const isDuplicateKey = (error: unknown): boolean => (error as { code?: unknown } | undefined)?.code === 11000;

export const schemeRecordId = (schemeId: string, version: string): string => `${schemeId}@${version}`;

/**
 * Schemes are shared reference data (see SchemeRecord): queries span every tenant by design, so
 * this repository is not a TenantRepository and the collection carries no tenant scope guard.
 */
@Injectable()
export class SchemeRepository {
  constructor(@InjectModel(SchemeRecord.name) private readonly model: Model<SchemeRecord>) {}

  /** A new version; 409 when that version of the scheme is already published. */
  async insert(record: SchemeRecord): Promise<SchemeRecord> {
    try {
      await this.model.create(record);
      return record;
    } catch (error) {
      if (isDuplicateKey(error))
        throw DomainError.conflict(
          `version ${record.version} of scheme ${record.schemeId} is already published`,
          {
            schemeId: record.schemeId,
            version: record.version,
          },
        );
      throw error;
    }
  }

  /** Start-up seed: inserts the version when absent, never touches a published one. */
  async insertIfAbsent(record: SchemeRecord): Promise<{ inserted: boolean; existing?: SchemeHeader }> {
    const existing = await this.model.findById(record._id, HEADER).lean<SchemeHeader>();
    if (existing) return { inserted: false, existing };
    try {
      await this.model.create(record);
      return { inserted: true };
    } catch (error) {
      // Another replica seeded it between the read and the insert.
      if (isDuplicateKey(error)) return { inserted: false };
      throw error;
    }
  }

  async findVersion(schemeId: string, version: string): Promise<SchemeRecord | null> {
    return this.model.findById(schemeRecordId(schemeId, version)).lean<SchemeRecord>();
  }

  /** Every published version's header (no definition), of one scheme or of all matching the filter. */
  async headers(filter: { schemeId?: string; kind?: string } = {}): Promise<SchemeHeader[]> {
    const query: FilterQuery<SchemeRecord> = {};
    if (filter.schemeId) query.schemeId = filter.schemeId;
    if (filter.kind) query.kind = filter.kind;
    return this.model.find(query, HEADER).lean<SchemeHeader[]>();
  }
}
