import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CloudEvent, Page, PageQuery, Principal, SortValue } from '@certhub/contracts';
import { DomainError, findPage, mongoSort, pushEvents, toPage } from '@certhub/platform';
import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { atVersion, staleVersion, type MasterDataChange, type MasterDataEdit } from '../common/edits';
import { identityEvent } from '../common/events';
import { isDuplicateKey } from '../common/mongo-errors';
import { networkScope, notFound, type NetworkScope } from './network-access';
import { Establishment, Network, TrainingOrganisation } from './network.schema';

type Collection = 'networks' | 'organisations' | 'establishments';

/** A record as its creator writes it: the repository derives its tenants and defaults. */
type NewRecord<T> = Omit<T, 'tenantId' | 'outbox' | 'createdAt' | 'active'>;

/**
 * Reads of one of the three collections within the principal's scope. A caller's filter narrows the
 * scope, never widens it (`$and`); an out-of-scope principal reads nothing.
 */
abstract class ScopedRepository<T extends { _id: string }> {
  protected constructor(
    protected readonly model: Model<T>,
    private readonly collection: Collection,
    /** How errors name a record, e.g. `training organisation`. */
    private readonly kind: string,
    /** What a new record holds beyond what its creator gives. */
    private readonly defaults: Partial<T> = {},
  ) {}

  /** The two tenants a record belongs to: its network, then its certifier. */
  protected abstract tenantsOf(record: NewRecord<T>): string[];

  /**
   * The events of a record's creation and of an edit, derived from the record itself, so that every
   * writer announces the same payload on the record's network (its first tenant).
   */
  protected abstract createdEvent(record: NewRecord<T>, createdBy: string): CloudEvent;
  protected abstract updatedEvent(current: T, change: MasterDataChange): CloudEvent;

  findVisible(principal: Principal, id: string): Promise<T | null> {
    return this.query(principal, { _id: id } as FilterQuery<T>, (filter) =>
      this.model.findOne(filter).lean<T>(),
    );
  }

  /** The record if the principal reads it; 404 otherwise, whether it exists or not. */
  async getVisible(principal: Principal, id: string): Promise<T> {
    const found = await this.findVisible(principal, id);
    if (!found) throw notFound(this.kind, id);
    return found;
  }

  /** A new record with its creation event; `duplicate` answers a unique identifier already taken (409). */
  protected async insert(record: NewRecord<T>, createdBy: string, duplicate: string): Promise<T> {
    try {
      const created = await this.model.create({
        ...record,
        tenantId: this.tenantsOf(record),
        ...this.defaults,
        outbox: [this.createdEvent(record, createdBy)],
      });
      return created.toObject() as T;
    } catch (error) {
      if (isDuplicateKey(error)) throw DomainError.conflict(duplicate);
      throw error;
    }
  }

  /** Start-up seed of a demo record, idempotent. */
  async ensure(record: NewRecord<T> & { _id: string }): Promise<void> {
    const { _id, ...rest } = record;
    await this.model
      .updateOne(
        { _id } as FilterQuery<T>,
        {
          $setOnInsert: {
            ...rest,
            tenantId: this.tenantsOf(record),
            ...this.defaults,
            createdAt: new Date(),
            outbox: [],
          },
        } as UpdateQuery<T>,
        { upsert: true },
      )
      // The upsert must not pin tenantId: it would clash with the array $setOnInsert writes.
      .setOptions({ crossTenant: 'start-up seed of the demo network, by id' });
  }

  /** A page of the records the principal reads, by name unless the query sorts otherwise, as responses. */
  async page<R>(
    principal: Principal,
    filter: FilterQuery<T>,
    query: PageQuery & { sort?: SortValue<string> },
    toResponse: (record: T) => R,
  ): Promise<Page<R>> {
    const scope = networkScope(principal);
    if (scope.kind === 'none') return toPage([], 0, query);
    const { items, total } = await findPage(
      this.model,
      this.filterOf(scope, filter),
      query,
      mongoSort(query.sort, 'name'),
      scope.kind === 'cross' ? { crossTenant: scope.reason } : {},
    );
    return toPage(items.map(toResponse), total, query);
  }

  /**
   * Applies an edit made on `version`, with its trail entry and event, in one write pinned to the
   * record's network: 409 `stale` when the record moved on since, 409 `duplicate` when a unique
   * identifier (SIREN, SIRET) is taken by another record, checked first when the edit changes the
   * `unique` one.
   */
  async applyEdit(
    current: T & { tenantId: string[] },
    version: number,
    edit: MasterDataEdit,
    duplicate: string,
    unique?: { field: 'siren' | 'siret'; value: string | undefined },
  ): Promise<T> {
    if (
      unique?.value &&
      edit.change.fields.includes(unique.field) &&
      (await this.taken(unique.field, unique.value, current._id))
    )
      throw DomainError.conflict(duplicate);
    const event = this.updatedEvent(current, edit.change);
    let updated: T | null;
    try {
      updated = await this.model
        .findOneAndUpdate(
          { tenantId: current.tenantId[0], _id: current._id, ...atVersion(version) } as FilterQuery<T>,
          {
            $set: { ...edit.$set, version: version + 1, updatedAt: edit.change.at },
            ...(Object.keys(edit.$unset).length ? { $unset: edit.$unset } : {}),
            $push: { trail: edit.change, ...pushEvents(event).$push },
          },
          { new: true },
        )
        .lean<T>()
        .exec();
    } catch (error) {
      if (isDuplicateKey(error)) throw DomainError.conflict(duplicate);
      throw error;
    }
    if (!updated) throw staleVersion(this.kind, current._id, version);
    return updated;
  }

  /**
   * The certifier's "Actif" toggle of an organisation or an establishment, pinned to the record's
   * certifier: only its staff change it. Null: the flag was already so.
   */
  setActive(current: T & { certifierId: string }, active: boolean, event: CloudEvent): Promise<T | null> {
    return this.model
      .findOneAndUpdate(
        { tenantId: current.certifierId, _id: current._id, active: !active } as FilterQuery<T>,
        { $set: { active }, ...pushEvents(event) } as UpdateQuery<T>,
        { new: true },
      )
      .lean<T>()
      .exec();
  }

  /**
   * Whether another record holds this unique identifier (SIREN, SIRET) anywhere on the platform.
   * Checked before an edit because FerretDB answers a unique-index violation on findAndModify
   * with a generic error rather than 11000; the index stays the guard against a race.
   */
  private async taken(field: 'siren' | 'siret', value: string, exceptId: string): Promise<boolean> {
    const found = await this.model
      .exists({ [field]: value, _id: { $ne: exceptId } } as FilterQuery<T>)
      .setOptions({ crossTenant: `a ${field.toUpperCase()} is declared once on the whole platform` });
    return found !== null;
  }

  private async query<R>(
    principal: Principal,
    filter: FilterQuery<T>,
    run: (filter: FilterQuery<T>) => { setOptions(o: object): PromiseLike<R> },
  ): Promise<R | null> {
    const scope = networkScope(principal);
    if (scope.kind === 'none') return null;
    return run(this.filterOf(scope, filter)).setOptions(
      scope.kind === 'cross' ? { crossTenant: scope.reason } : {},
    );
  }

  private filterOf(scope: Exclude<NetworkScope, { kind: 'none' }>, filter: FilterQuery<T>): FilterQuery<T> {
    if (scope.kind === 'cross') return filter;
    const pinned = scope[this.collection] as FilterQuery<T>;
    return Object.keys(filter).length ? ({ $and: [pinned, filter] } as FilterQuery<T>) : pinned;
  }
}

@Injectable()
export class NetworkRepository extends ScopedRepository<Network> {
  constructor(@InjectModel(Network.name) model: Model<Network>) {
    super(model, 'networks', 'network');
  }

  protected tenantsOf(network: NewRecord<Network>): string[] {
    return [network._id, network.certifierId];
  }

  create(network: NewRecord<Network>, createdBy: string): Promise<Network> {
    return this.insert(network, createdBy, `network ${network._id} exists already`);
  }

  protected createdEvent({ _id, certifierId, name }: NewRecord<Network>, createdBy: string): CloudEvent {
    return identityEvent(
      'certhub.network.created.v1',
      { networkId: _id, certifierId, name, createdBy },
      { tenantId: _id, aggregateId: _id },
    );
  }

  protected updatedEvent({ _id }: Network, { fields, by }: MasterDataChange): CloudEvent {
    return identityEvent(
      'certhub.network.updated.v1',
      { networkId: _id, fields, changedBy: by },
      { tenantId: _id, aggregateId: _id },
    );
  }
}

@Injectable()
export class TrainingOrganisationRepository extends ScopedRepository<TrainingOrganisation> {
  constructor(@InjectModel(TrainingOrganisation.name) model: Model<TrainingOrganisation>) {
    super(model, 'organisations', 'training organisation', { active: true });
  }

  protected tenantsOf(organisation: NewRecord<TrainingOrganisation>): string[] {
    return [organisation.networkId, organisation.certifierId];
  }

  create(organisation: NewRecord<TrainingOrganisation>, createdBy: string): Promise<TrainingOrganisation> {
    const duplicate = `a training organisation with SIREN ${organisation.siren} is already declared`;
    return this.insert(organisation, createdBy, duplicate);
  }

  protected createdEvent(
    { _id, networkId, siren, name }: NewRecord<TrainingOrganisation>,
    createdBy: string,
  ): CloudEvent {
    return identityEvent(
      'certhub.training_organisation.created.v1',
      { trainingOrganisationId: _id, networkId, siren, name, createdBy },
      { tenantId: networkId, aggregateId: _id },
    );
  }

  protected updatedEvent(
    { _id, networkId }: TrainingOrganisation,
    { fields, by }: MasterDataChange,
  ): CloudEvent {
    return identityEvent(
      'certhub.training_organisation.updated.v1',
      { trainingOrganisationId: _id, networkId, fields, changedBy: by },
      { tenantId: networkId, aggregateId: _id },
    );
  }
}

@Injectable()
export class EstablishmentRepository extends ScopedRepository<Establishment> {
  constructor(@InjectModel(Establishment.name) model: Model<Establishment>) {
    super(model, 'establishments', 'establishment', { active: true });
  }

  protected tenantsOf(establishment: NewRecord<Establishment>): string[] {
    return [establishment.networkId, establishment.certifierId];
  }

  create(establishment: NewRecord<Establishment>, createdBy: string): Promise<Establishment> {
    const duplicate = `an establishment with SIRET ${establishment.siret} is already declared`;
    return this.insert(establishment, createdBy, duplicate);
  }

  protected createdEvent(
    { _id, trainingOrganisationId, networkId, certifierId, siret, region }: NewRecord<Establishment>,
    createdBy: string,
  ): CloudEvent {
    return identityEvent(
      'certhub.establishment.created.v1',
      { establishmentId: _id, trainingOrganisationId, networkId, certifierId, siret, region, createdBy },
      { tenantId: networkId, aggregateId: _id },
    );
  }

  protected updatedEvent(
    { _id, trainingOrganisationId, networkId, certifierId }: Establishment,
    { fields, by }: MasterDataChange,
  ): CloudEvent {
    return identityEvent(
      'certhub.establishment.updated.v1',
      { establishmentId: _id, trainingOrganisationId, networkId, certifierId, fields, changedBy: by },
      { tenantId: networkId, aggregateId: _id },
    );
  }

  /** Whether the organisation has an establishment yet (its SIREN is then fixed by their SIRETs). */
  async anyOf(organisation: { _id: string; networkId: string }): Promise<boolean> {
    const found = await this.model.exists({
      tenantId: organisation.networkId,
      trainingOrganisationId: organisation._id,
    });
    return found !== null;
  }

  /** Copies its organisation's flag onto each of its establishments (written by identity only). */
  async setOrganisationActive(organisation: TrainingOrganisation, active: boolean): Promise<void> {
    await this.model.updateMany(
      { tenantId: organisation.certifierId, trainingOrganisationId: organisation._id },
      { $set: { organisationActive: active } },
    );
  }
}
