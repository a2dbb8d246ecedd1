import type { Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import { resolveScope } from './access';

const principal = (tenantType: Principal['tenantType'], tenantId: string, role: Principal['roles'][number]) =>
  ({ userId: 'u1', tenantType, tenantId, roles: [role] }) as Principal;

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : error;
  }
  return 'allowed';
};

describe(resolveScope.name, () => {
  it('pins a CB user to his own CB, and refuses another one by name', () => {
    const sut = principal('cb', 'cb-1', 'analyst');
    expect(resolveScope(sut, undefined)).toEqual({ kind: 'cb', cbId: 'cb-1' });
    expect(resolveScope(sut, 'cb-1')).toEqual({ kind: 'cb', cbId: 'cb-1' });
    expect(refusal(() => resolveScope(sut, 'cb-2'))).toBe('forbidden');
  });

  it('gives platform staff every CB, or the one they name', () => {
    const sut = principal('platform', 'platform', 'scheme_manager');
    expect(resolveScope(sut, undefined)).toEqual({ kind: 'platform' });
    expect(resolveScope(sut, 'cb-2')).toEqual({ kind: 'cb', cbId: 'cb-2' });
  });

  it("keeps an organisation administrator to his organisation's dossiers, at any CB or one", () => {
    const sut = principal('organisation', 'org-1', 'org_admin');
    expect(resolveScope(sut, undefined)).toEqual({ kind: 'organisation', organisationId: 'org-1' });
    expect(resolveScope(sut, 'cb-2')).toEqual({
      kind: 'organisation',
      organisationId: 'org-1',
      cbId: 'cb-2',
    });
  });

  it('refuses auditors, organisation members and partners', () => {
    expect(refusal(() => resolveScope(principal('cb', 'cb-1', 'auditor'), undefined))).toBe('forbidden');
    expect(refusal(() => resolveScope(principal('organisation', 'org-1', 'org_member'), undefined))).toBe(
      'forbidden',
    );
    expect(refusal(() => resolveScope(principal('partner', 'p-1', 'partner'), undefined))).toBe('forbidden');
  });
});
