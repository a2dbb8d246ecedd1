import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { OrganisationSiren } from './organisation-siren.schema';

@Injectable()
export class OrganisationSirenRepository {
  constructor(@InjectModel(OrganisationSiren.name) private readonly model: Model<OrganisationSiren>) {}

  /** Idempotent: replaying the events that taught a SIREN writes the same value again. */
  async record(sirens: Map<string, string>): Promise<void> {
    if (sirens.size === 0) return;
    await this.model.bulkWrite(
      [...sirens].map(([organisationId, siren]) => ({
        updateOne: { filter: { _id: organisationId }, update: { $set: { siren } }, upsert: true },
      })),
      { ordered: false },
    );
  }

  async find(organisationIds: string[]): Promise<Map<string, string>> {
    if (organisationIds.length === 0) return new Map();
    const found = await this.model.find({ _id: { $in: organisationIds } }).lean<OrganisationSiren[]>();
    return new Map(found.map((o) => [o._id, o.siren]));
  }
}
