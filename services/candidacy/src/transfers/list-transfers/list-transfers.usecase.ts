import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler, toPage } from '@certhub/platform';
import { toTransferResponse } from '../transfer.mapper';
import { TransferRepository } from '../transfer.repository';

/** The transfer requests made within the user's perimeter (a certifier: those it decides), newest first. */
@Injectable()
export class ListTransfers {
  constructor(private readonly transfers: TransferRepository) {}

  readonly execute: RpcHandler<'candidacy.transfers.list'> = async (principal, query) => {
    const { items, total } = await this.transfers.list(
      principal,
      query.status ? { status: query.status } : {},
      query,
      mongoSort(query.sort, '-requestedAt'),
    );
    return toPage(items.map(toTransferResponse), total, query);
  };
}
