import { Injectable } from '@nestjs/common';
import { compareSchemeVersions, type Scheme, type SchemeSummary } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { toSchemeSummaries } from './scheme.mapper';
import { SchemeRepository } from './scheme.repository';

/** Published versions never change, so a version once read is kept; this bounds it anyway. */
const CACHE_LIMIT = 200;

/**
 * Scheme data for the rest of the dossier service (lifecycle, questionnaire, audits, decisions):
 * always a published version, validated when it was published.
 */
@Injectable()
export class SchemeService {
  private readonly cache = new Map<string, Scheme>();

  constructor(private readonly repository: SchemeRepository) {}

  /** One version, or the latest published one when `version` is omitted; not_found otherwise. */
  async get(schemeId: string, version?: string): Promise<Scheme> {
    const wanted = version ?? (await this.latestVersion(schemeId));
    const key = `${schemeId}@${wanted}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const record = await this.repository.findVersion(schemeId, wanted);
    if (!record) throw DomainError.notFound(`version ${wanted} of scheme ${schemeId}`);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, record.definition);
    return record.definition;
  }

  /** Every scheme, latest version first-class, ordered by id. */
  async list(): Promise<SchemeSummary[]> {
    const summaries = toSchemeSummaries(await this.repository.headers());
    return summaries.sort((a, b) => a.schemeId.localeCompare(b.schemeId));
  }

  private async latestVersion(schemeId: string): Promise<string> {
    const versions = (await this.repository.headers({ schemeId })).map((h) => h.version);
    const latest = versions.sort(compareSchemeVersions).pop();
    if (!latest) throw DomainError.notFound(`scheme ${schemeId}`);
    return latest;
  }
}
