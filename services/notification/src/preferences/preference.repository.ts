import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { TenantRepository } from '@certhub/platform';
import type { Model } from 'mongoose';
import { Preference } from './preference.schema';

export type PreferenceChoices = Pick<Preference, 'disabledCategories' | 'disabledEventTypes'>;

@Injectable()
export class PreferenceRepository extends TenantRepository<Preference> {
  constructor(@InjectModel(Preference.name) model: Model<Preference>) {
    super(model);
  }

  findOne(tenantId: string, userId: string): Promise<Preference | null> {
    return this.model.findOne(this.scoped(tenantId, { userId })).lean<Preference>();
  }

  /** The stored choices of several users of one tenant, by user id (users without any are absent). */
  async findMany(tenantId: string, userIds: string[]): Promise<Map<string, Preference>> {
    const found = await this.model
      .find(this.scoped(tenantId, { userId: { $in: userIds } }))
      .lean<Preference[]>();
    return new Map(found.map((preference) => [preference.userId, preference]));
  }

  /** Replaces the user's choices: the use case merges the request into what was stored. */
  async save(tenantId: string, userId: string, choices: PreferenceChoices): Promise<void> {
    await this.model.updateOne(
      this.scoped(tenantId, { userId }),
      { $set: { ...choices, updatedAt: new Date() } },
      { upsert: true },
    );
  }
}
