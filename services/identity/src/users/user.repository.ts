import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CloudEvent, Role, RpcPayload, TenantType } from '@certhub/contracts';
import { TenantRepository, containingText, findPage, pushEvents } from '@certhub/platform';
import type { FilterQuery, Model } from 'mongoose';
import type { Locale } from '../common/locale';
import { emailTaken } from '../common/conflicts';
import { isDuplicateKey } from '../common/mongo-errors';
import type { Sort } from '../common/paging';
import { User } from './user.schema';
import type { UserReach } from './user-access';

export interface NewUser {
  id: string;
  tenantType: TenantType;
  tenantId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  enabled: boolean;
  emailVerified: boolean;
  locale: Locale;
  invitedBy?: string;
  createdAt?: Date;
  trainingOrganisationId?: string;
  establishmentId?: string;
}

export type UserListQuery = RpcPayload<'identity.users.list'>;

@Injectable()
export class UserRepository extends TenantRepository<User> {
  constructor(@InjectModel(User.name) model: Model<User>) {
    super(model);
  }

  async hasEmail(email: string): Promise<boolean> {
    const found = await this.model
      .exists({ email })
      .setOptions({ crossTenant: 'an e-mail address names one account on the whole platform' });
    return found !== null;
  }

  /** The account an address names, wherever it is. */
  findByEmail(email: string): Promise<Pick<User, '_id' | 'tenantId'> | null> {
    return this.model
      .findOne({ email }, { _id: 1, tenantId: 1 })
      .setOptions({ crossTenant: 'an e-mail address names one account on the whole platform' })
      .lean<Pick<User, '_id' | 'tenantId'>>();
  }

  /** Whether the user is enabled, wherever he is (the gateway asks per request); null: unknown. */
  async isEnabled(id: string): Promise<boolean | null> {
    const user = await this.model
      .findOne({ _id: id }, { enabled: 1 })
      .setOptions({ crossTenant: 'the gateway checks a signed-in user before his tenant is trusted' })
      .lean<Pick<User, 'enabled'>>();
    return user ? user.enabled : null;
  }

  /** Events about a user that change nothing of him (a notice to send him). */
  async addEvents(tenantId: string, id: string, events: CloudEvent[]): Promise<void> {
    await this.model.updateOne(this.scoped(tenantId, { _id: id }), pushEvents(...events));
  }

  /** Stores the projection, with the events the creation caused when there are some. */
  async insert(user: NewUser, events: CloudEvent[] = []): Promise<User> {
    try {
      const created = await this.model.create({ _id: user.id, ...withoutId(user), outbox: events });
      return created.toObject<User>();
    } catch (error) {
      if (isDuplicateKey(error)) throw emailTaken(user.email);
      throw error;
    }
  }

  /** A user of the tenant, within `reach` when the reader manages only part of it. */
  findInTenant(tenantId: string, id: string, reach: UserReach = {}): Promise<User | null> {
    return this.model.findOne(this.scoped(tenantId, { _id: id, ...reach })).lean<User>();
  }

  async list(
    tenantId: string,
    query: UserListQuery,
    sort: Sort,
    reach: UserReach = {},
  ): Promise<{ items: User[]; total: number }> {
    const filter: FilterQuery<User> = this.scoped(tenantId, { ...reach });
    if (query.role) filter.role = query.role;
    if (query.enabled !== undefined) filter.enabled = query.enabled;
    if (query.q) {
      const pattern = containingText(query.q);
      filter.$or = [{ email: pattern }, { firstName: pattern }, { lastName: pattern }];
    }
    return findPage(this.model, filter, query, sort);
  }

  /** Changes `enabled` with its event, only if it changes. */
  setEnabled(tenantId: string, id: string, enabled: boolean, event: CloudEvent): Promise<User | null> {
    return this.model
      .findOneAndUpdate(
        this.scoped(tenantId, { _id: id, enabled: !enabled }),
        { $set: { enabled }, ...pushEvents(event) },
        { new: true },
      )
      .lean<User>();
  }

  /** Brings what Keycloak decides on its own (e-mail verified, enabled) into the projection. */
  refresh(
    tenantId: string,
    id: string,
    state: Pick<User, 'emailVerified' | 'enabled'>,
  ): Promise<User | null> {
    return this.model
      .findOneAndUpdate(this.scoped(tenantId, { _id: id }), { $set: state }, { new: true })
      .lean<User>();
  }

  async delete(tenantId: string, id: string): Promise<void> {
    await this.model.deleteOne(this.scoped(tenantId, { _id: id }));
  }

  /** Start-up seed from Keycloak, which stays the truth for names, role and state. */
  async upsertFromKeycloak(user: NewUser): Promise<void> {
    const { createdAt, locale, ...current } = withoutId(user);
    await this.model.updateOne(
      this.scoped(user.tenantId, { _id: user.id }),
      { $set: current, $setOnInsert: { createdAt: createdAt ?? new Date(), locale, outbox: [] } },
      { upsert: true },
    );
  }
}

const withoutId = ({ id: _id, ...rest }: NewUser) => rest;
