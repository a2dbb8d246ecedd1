import { mayGrantRole } from './roles';

describe(mayGrantRole.name, () => {
  it('lets an admin grant roles at or below his own on his side', () => {
    expect(mayGrantRole(['cb_admin'], 'cb_admin')).toBe(true);
    expect(mayGrantRole(['cb_admin'], 'auditor')).toBe(true);
    expect(mayGrantRole(['org_admin'], 'org_member')).toBe(true);
  });

  it('refuses a role above the granter’s own', () => {
    expect(mayGrantRole(['analyst'], 'cb_admin')).toBe(false);
    expect(mayGrantRole(['org_member'], 'org_admin')).toBe(false);
  });

  it('refuses roles of another tenant side, whatever the rank', () => {
    expect(mayGrantRole(['cb_admin'], 'org_member')).toBe(false);
    expect(mayGrantRole(['org_admin'], 'analyst')).toBe(false);
    expect(mayGrantRole(['platform_admin'], 'partner')).toBe(false);
  });
});
