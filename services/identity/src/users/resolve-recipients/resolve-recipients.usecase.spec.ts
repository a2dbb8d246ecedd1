import { SYSTEM_PRINCIPAL, type Principal, type Role } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { UserRepository } from '../user.repository';
import type { User } from '../user.schema';
import { ResolveRecipients } from './resolve-recipients.usecase';

const user = (id: string, role: Role, tenantId: string, enabled = true): User =>
  ({
    _id: id,
    tenantType: role.startsWith('org') ? 'organisation' : 'cb',
    tenantId,
    email: `${id}@example.org`,
    firstName: `First ${id}`,
    lastName: `Last ${id}`,
    role,
    enabled,
    emailVerified: true,
    locale: id.endsWith('en') ? 'en' : 'fr',
    createdAt: new Date(),
    outbox: [],
  }) as User;

/** An in-memory stand-in with the repository's tenant scoping and filters. */
function fakeRepository(users: User[]): UserRepository {
  return {
    findInTenant: async (tenantId: string, id: string) =>
      users.find((u) => u.tenantId === tenantId && u._id === id) ?? null,
    list: async (
      tenantId: string,
      query: { role?: Role; enabled?: boolean; page: number; pageSize: number },
    ) => {
      const items = users.filter(
        (u) =>
          u.tenantId === tenantId &&
          (query.role === undefined || u.role === query.role) &&
          (query.enabled === undefined || u.enabled === query.enabled),
      );
      const start = (query.page - 1) * query.pageSize;
      return { items: items.slice(start, start + query.pageSize), total: items.length };
    },
  } as unknown as UserRepository;
}

describe(ResolveRecipients.name, () => {
  const users = [
    user('admin-fr', 'org_admin', 'org-1'),
    user('admin-en', 'org_admin', 'org-1'),
    user('member', 'org_member', 'org-1'),
    user('gone', 'org_admin', 'org-1', false),
    user('other-admin', 'org_admin', 'org-2'),
    user('analyst', 'analyst', 'cb-1'),
  ];
  const sut = new ResolveRecipients(fakeRepository(users));

  it('answers the enabled users of the roles in that tenant only, with their language', async () => {
    const found = await sut.execute(SYSTEM_PRINCIPAL, { tenantId: 'org-1', roles: ['org_admin'] });
    expect(found).toEqual([
      expect.objectContaining({ userId: 'admin-fr', email: 'admin-fr@example.org', locale: 'fr' }),
      expect.objectContaining({ userId: 'admin-en', locale: 'en', role: 'org_admin' }),
    ]);
  });

  it('answers named users of the tenant, never a user of another tenant or a disabled one', async () => {
    const found = await sut.execute(SYSTEM_PRINCIPAL, {
      tenantId: 'org-1',
      userIds: ['member', 'other-admin', 'gone', 'member'],
    });
    expect(found.map((r) => r.userId)).toEqual(['member']);
  });

  it('narrows named users by role when both are given', async () => {
    const found = await sut.execute(SYSTEM_PRINCIPAL, {
      tenantId: 'org-1',
      roles: ['org_member'],
      userIds: ['admin-fr', 'member'],
    });
    expect(found.map((r) => r.userId)).toEqual(['member']);
  });

  it('refuses any caller but the internal SYSTEM principal', async () => {
    const orgAdmin: Principal = {
      userId: 'admin-fr',
      tenantType: 'organisation',
      tenantId: 'org-1',
      roles: ['org_admin'],
    };
    await expect(sut.execute(orgAdmin, { tenantId: 'org-1' })).rejects.toThrow(DomainError);
    await expect(sut.execute(orgAdmin, { tenantId: 'org-1' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
