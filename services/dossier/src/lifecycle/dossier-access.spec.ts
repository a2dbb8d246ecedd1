import { SYSTEM_PRINCIPAL, type Principal, type Role } from '@certhub/contracts';
import { dossierScope } from './dossier-access';

const p = (tenantType: Principal['tenantType'], tenantId: string, ...roles: Role[]): Principal => ({
  userId: 'u1',
  tenantType,
  tenantId,
  roles,
});

describe(dossierScope.name, () => {
  it('scopes applicants to their organisation and CB staff to their CB', () => {
    expect(dossierScope(p('organisation', 'org-1', 'org_member'))).toEqual({
      kind: 'tenant',
      filter: { tenantId: 'org-1', organisationId: 'org-1' },
    });
    expect(dossierScope(p('cb', 'cb-1', 'decision_maker'))).toEqual({
      kind: 'tenant',
      filter: { tenantId: 'cb-1', cbId: 'cb-1' },
    });
  });

  it('narrows an auditor to the dossiers he is booked on, unless he holds a CB-wide role too', () => {
    expect(dossierScope(p('cb', 'cb-1', 'auditor'))).toEqual({
      kind: 'tenant',
      filter: { tenantId: 'cb-1', cbId: 'cb-1', auditorIds: 'u1' },
    });
    expect(dossierScope(p('cb', 'cb-1', 'auditor', 'analyst'))).toMatchObject({ filter: { cbId: 'cb-1' } });
  });

  it('lets the platform through with a reason and denies everybody else', () => {
    expect(dossierScope(SYSTEM_PRINCIPAL).kind).toBe('cross');
    expect(dossierScope(p('platform', 'platform', 'platform_admin')).kind).toBe('cross');
    expect(dossierScope(p('partner', 'p-1', 'partner')).kind).toBe('none');
    // A role of the wrong side does not open anything.
    expect(dossierScope(p('organisation', 'org-1', 'analyst')).kind).toBe('none');
    expect(dossierScope(p('cb', 'cb-1', 'org_admin')).kind).toBe('none');
  });
});
