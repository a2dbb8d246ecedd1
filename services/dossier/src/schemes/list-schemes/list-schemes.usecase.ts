import { Injectable } from '@nestjs/common';
import { slicePage, type SchemeSummary } from '@certhub/contracts';
import { parseSort, type RpcHandler } from '@certhub/platform';
import { toSchemeSummaries } from '../scheme.mapper';
import { SchemeRepository } from '../scheme.repository';

/**
 * Any signed-in user: the latest version of each scheme. The catalogue holds a handful of schemes,
 * so grouping, the text filter (on the latest version's id and title) and paging run in memory.
 */
@Injectable()
export class ListSchemes {
  constructor(private readonly repository: SchemeRepository) {}

  readonly execute: RpcHandler<'dossier.schemes.list'> = async (query) => {
    const { field, direction } = parseSort(query.sort ?? 'schemeId');
    const needle = query.q?.toLocaleLowerCase('fr');
    const summaries = toSchemeSummaries(await this.repository.headers(query.kind ? { kind: query.kind } : {}))
      .filter((s) => !needle || `${s.schemeId} ${s.title}`.toLocaleLowerCase('fr').includes(needle))
      .sort((a, b) => direction * compare(a, b, field) || a.schemeId.localeCompare(b.schemeId));
    return slicePage(summaries, query);
  };
}

const compare = (a: SchemeSummary, b: SchemeSummary, field: 'schemeId' | 'title' | 'publishedAt'): number =>
  a[field].localeCompare(b[field]);
