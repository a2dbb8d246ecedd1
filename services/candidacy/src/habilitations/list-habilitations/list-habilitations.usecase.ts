import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler, toPage } from '@certhub/platform';
import { toHabilitationResponse } from '../habilitation.mapper';
import { HabilitationRepository } from '../habilitation.repository';
import { todayOf } from '../habilitation-period';

/** Habilitation requests and periods within the user's perimeter (a certifier: those asked of it), newest first. */
@Injectable()
export class ListHabilitations {
  constructor(private readonly habilitations: HabilitationRepository) {}

  readonly execute: RpcHandler<'candidacy.habilitations.list'> = async (principal, query) => {
    const filter = {
      ...(query.establishmentId ? { establishmentId: query.establishmentId } : {}),
      ...(query.status ? { status: query.status } : {}),
    };
    const { items, total } = await this.habilitations.list(
      principal,
      filter,
      query,
      mongoSort(query.sort, '-requestedAt'),
    );
    const today = todayOf(new Date());
    return toPage(
      items.map((h) => toHabilitationResponse(h, today)),
      total,
      query,
    );
  };
}
