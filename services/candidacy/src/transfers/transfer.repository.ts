import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { PerimeterRepository } from '../candidacy/perimeter.repository';
import { TRANSFER_MODEL, type TransferView } from './transfer.schema';

/** Transfer requests within the requester's perimeter or the certifier's; writes pinned to the certifier. */
@Injectable()
export class TransferRepository extends PerimeterRepository<TransferView> {
  constructor(@InjectModel(TRANSFER_MODEL) model: Model<TransferView>) {
    super(model);
  }

  async pendingFor(candidateId: string): Promise<boolean> {
    const found = await this.model
      .exists({ candidateId, status: 'pending' })
      .setOptions({ crossTenant: 'one pending transfer per candidate, whoever asked' });
    return found !== null;
  }
}
