import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CloudEvent, RpcPayload } from '@certhub/contracts';
import { DomainError, TenantRepository, containingText, findPage, pushEvents } from '@certhub/platform';
import type { FilterQuery, Model } from 'mongoose';
import type { Address } from '../common/address.schema';
import { atVersion, type MasterDataEdit } from '../common/edits';
import { isDuplicateKey } from '../common/mongo-errors';
import type { Sort } from '../common/paging';
import { Organisation } from './organisation.schema';

export type OrganisationListQuery = RpcPayload<'identity.organisations.list'>;

export interface NewOrganisation {
  id: string;
  siren: string;
  name: string;
  address: Address;
  adminEmail: string;
}

/** Organisations are their own tenants: every read is pinned to `tenantId = id`. */
@Injectable()
export class OrganisationRepository extends TenantRepository<Organisation> {
  constructor(@InjectModel(Organisation.name) model: Model<Organisation>) {
    super(model);
  }

  /** A registered organisation; one still registering does not exist yet for anybody. */
  findRegistered(id: string): Promise<Organisation | null> {
    return this.model.findOne(this.scoped(id, { _id: id, status: 'active' })).lean<Organisation>();
  }

  async sirenTaken(siren: string): Promise<boolean> {
    const found = await this.model
      .exists({ siren })
      .setOptions({ crossTenant: 'a SIREN may be registered once on the whole platform' });
    return found !== null;
  }

  /** Every registered SIREN (the demo dataset's search leaves them out; a few thousand at most there). */
  async registeredSirens(): Promise<Set<string>> {
    const sirens = await this.model
      .distinct('siren')
      .setOptions({ crossTenant: 'the demo company search shows the companies still free' });
    return new Set(sirens as string[]);
  }

  /** The registered (active or not) organisation with this SIREN, if any. */
  findRegisteredBySiren(siren: string): Promise<Pick<Organisation, '_id'> | null> {
    return this.model
      .findOne({ siren, status: 'active' }, { _id: 1 })
      .setOptions({ crossTenant: 'a SIREN may be registered once on the whole platform' })
      .lean<Pick<Organisation, '_id'>>();
  }

  /** Events about an organisation that change nothing of it (a notice to its administrators). */
  async addEvents(id: string, events: CloudEvent[]): Promise<void> {
    await this.model.updateOne(this.scoped(id, { _id: id }), pushEvents(...events));
  }

  /** Step one of self-registration; the unique SIREN index makes a concurrent duplicate a 409. */
  async insertRegistering(organisation: NewOrganisation): Promise<void> {
    try {
      await this.model.create({
        _id: organisation.id,
        tenantId: organisation.id,
        siren: organisation.siren,
        name: organisation.name,
        address: organisation.address,
        active: false,
        status: 'registering',
        registration: { email: organisation.adminEmail },
        outbox: [],
      });
    } catch (error) {
      if (isDuplicateKey(error))
        throw DomainError.conflict(`an organisation with SIREN ${organisation.siren} is already registered`);
      throw error;
    }
  }

  /** The saga's last step: the organisation becomes active together with its event. */
  async completeRegistration(id: string, event: CloudEvent): Promise<boolean> {
    const result = await this.model.updateOne(this.scoped(id, { _id: id, status: 'registering' }), {
      $set: { status: 'active', active: true },
      $unset: { registration: 1 },
      ...pushEvents(event),
    });
    return result.matchedCount === 1;
  }

  async deleteRegistering(id: string): Promise<void> {
    await this.model.deleteOne(this.scoped(id, { _id: id, status: 'registering' }));
  }

  findRegisteringSince(before: Date): Promise<Organisation[]> {
    return this.model
      .find({ status: 'registering', createdAt: { $lt: before } })
      .setOptions({ crossTenant: 'the sweeper removes abandoned registrations of every tenant' })
      .limit(100)
      .lean<Organisation[]>();
  }

  /** Changes `active` and records the event, only if it changes: no event for a no-op. */
  setActive(id: string, active: boolean, event: CloudEvent): Promise<Organisation | null> {
    return this.model
      .findOneAndUpdate(
        this.scoped(id, { _id: id, status: 'active', active: !active }),
        { $set: { active }, ...pushEvents(event) },
        { new: true },
      )
      .lean<Organisation>();
  }

  /**
   * Applies a master-data edit made on `version`, with its history entry and event, in one write:
   * null when the organisation moved on since (or is not there).
   */
  applyEdit(
    id: string,
    version: number,
    edit: MasterDataEdit,
    event: CloudEvent,
  ): Promise<Organisation | null> {
    return this.model
      .findOneAndUpdate(
        this.scoped(id, { _id: id, status: 'active', ...atVersion(version) }),
        {
          $set: { ...edit.$set, version: version + 1, updatedAt: edit.change.at },
          ...(Object.keys(edit.$unset).length ? { $unset: edit.$unset } : {}),
          $push: { history: edit.change, ...pushEvents(event).$push },
        },
        { new: true },
      )
      .lean<Organisation>();
  }

  async list(query: OrganisationListQuery, sort: Sort): Promise<{ items: Organisation[]; total: number }> {
    const filter: FilterQuery<Organisation> = { status: 'active' };
    if (query.active !== undefined) filter.active = query.active;
    if (query.q) {
      const pattern = containingText(query.q);
      filter.$or = [{ name: pattern }, { siren: pattern }];
    }
    return findPage(this.model, filter, query, sort, {
      crossTenant: 'platform staff list every organisation',
    });
  }

  /** Start-up seed: created once, then left to whatever the platform changes. */
  async ensure(organisation: Omit<NewOrganisation, 'adminEmail'>): Promise<void> {
    await this.model.updateOne(
      this.scoped(organisation.id, { _id: organisation.id }),
      {
        $setOnInsert: {
          siren: organisation.siren,
          name: organisation.name,
          address: organisation.address,
          active: true,
          status: 'active',
          createdAt: new Date(),
          outbox: [],
        },
      },
      { upsert: true },
    );
  }
}
