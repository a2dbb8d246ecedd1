import {
  compareSchemeVersions,
  schemeRequirements,
  type Scheme,
  type SchemeResponse,
  type SchemeSummary,
} from '@certhub/contracts';
import { createHash } from 'node:crypto';
import { schemeRecordId } from './scheme.repository';
import type { SchemeHeader, SchemeRecord } from './scheme.schema';

/** The record of a validated scheme, as published by `publishedBy` now. */
export function toSchemeRecord(scheme: Scheme, publishedBy: string, publishedAt = new Date()): SchemeRecord {
  return {
    _id: schemeRecordId(scheme.schemeId, scheme.version),
    schemeId: scheme.schemeId,
    version: scheme.version,
    kind: scheme.kind,
    title: scheme.title,
    levels: scheme.levels,
    requirementCount: schemeRequirements(scheme).length,
    questionCount: scheme.questionnaire.sections.reduce((n, s) => n + s.questions.length, 0),
    definition: scheme,
    contentHash: hashScheme(scheme),
    publishedAt,
    publishedBy,
  };
}

export const hashScheme = (scheme: Scheme): string =>
  createHash('sha256').update(JSON.stringify(scheme)).digest('hex');

export function toSchemeResponse(record: SchemeRecord): SchemeResponse {
  return {
    ...record.definition,
    publishedAt: record.publishedAt.toISOString(),
    publishedBy: record.publishedBy,
  };
}

/** One entry per scheme: its latest version, listing every version in order. */
export function toSchemeSummaries(headers: SchemeHeader[]): SchemeSummary[] {
  const bySchemeId = new Map<string, SchemeHeader[]>();
  for (const header of headers)
    bySchemeId.set(header.schemeId, [...(bySchemeId.get(header.schemeId) ?? []), header]);
  return [...bySchemeId.values()].map((versions) => {
    const sorted = [...versions].sort((a, b) => compareSchemeVersions(a.version, b.version));
    const latest = sorted[sorted.length - 1] as SchemeHeader;
    return toSchemeSummary(
      latest,
      sorted.map((v) => v.version),
    );
  });
}

export function toSchemeSummary(header: SchemeHeader, versions: string[]): SchemeSummary {
  return {
    schemeId: header.schemeId,
    version: header.version,
    title: header.title,
    kind: header.kind,
    levels: header.levels.map(({ id, label }) => ({ id, label })),
    requirementCount: header.requirementCount,
    questionCount: header.questionCount,
    versions,
    publishedAt: header.publishedAt.toISOString(),
  };
}
