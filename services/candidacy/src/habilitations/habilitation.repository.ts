import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { LIGHT, PerimeterRepository } from '../candidacy/perimeter.repository';
import { HABILITATION_MODEL, type HabilitationView } from './habilitation.schema';

/** Habilitations within the principal's perimeter; writes pinned to the certifier asked. */
@Injectable()
export class HabilitationRepository extends PerimeterRepository<HabilitationView> {
  constructor(@InjectModel(HABILITATION_MODEL) model: Model<HabilitationView>) {
    super(model);
  }

  /** An establishment's requests to one certifier, newest first (pinned to the establishment). */
  ofEstablishment(establishmentId: string, certifierId: string): Promise<HabilitationView[]> {
    return this.model
      .find({ tenantId: establishmentId, establishmentId, certifierId }, LIGHT)
      .sort({ requestedAt: -1 })
      .limit(50)
      .lean<HabilitationView[]>()
      .exec();
  }
}
