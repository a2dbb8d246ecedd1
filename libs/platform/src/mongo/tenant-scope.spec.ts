import { hasTenantFilter } from './tenant-scope';

describe(hasTenantFilter.name, () => {
  it('accepts a filter pinned to one tenant or a list of tenants', () => {
    expect(hasTenantFilter({ tenantId: 'cb-1', status: 'draft' })).toBe(true);
    expect(hasTenantFilter({ tenantId: { $eq: 'cb-1' } })).toBe(true);
    expect(hasTenantFilter({ tenantId: { $in: ['cb-1', 'cb-2'] } })).toBe(true);
    expect(hasTenantFilter({ $and: [{ status: 'x' }, { tenantId: 'cb-1' }] })).toBe(true);
    expect(hasTenantFilter({ $or: [{ tenantId: 'a' }, { tenantId: 'b' }] })).toBe(true);
  });

  it('refuses filters that do not pin a tenant', () => {
    expect(hasTenantFilter({})).toBe(false);
    expect(hasTenantFilter(undefined)).toBe(false);
    expect(hasTenantFilter({ tenantId: '' })).toBe(false);
    expect(hasTenantFilter({ tenantId: { $ne: 'cb-1' } })).toBe(false);
    expect(hasTenantFilter({ tenantId: { $exists: true } })).toBe(false);
    expect(hasTenantFilter({ tenantId: { $in: [] } })).toBe(false);
    expect(hasTenantFilter({ $or: [{ tenantId: 'a' }, { status: 'x' }] })).toBe(false);
  });
});
