import { SYSTEM_PRINCIPAL, type Principal } from '@certhub/contracts';
import { canRead, canWrite, isSystem } from './context-access';
import type { DocumentContextRecord } from './context.schema';

const user = (tenantType: Principal['tenantType'], tenantId: string, userId = 'u1'): Principal => ({
  userId,
  tenantType,
  tenantId,
  roles: [],
});

const context = {
  readers: [{ tenantType: 'cb', tenantId: 'cb-1', userIds: ['auditor-1'] }],
  writers: [{ tenantType: 'organisation', tenantId: 'org-1' }],
} as unknown as DocumentContextRecord;

describe('context access', () => {
  it('lets every user of a writer tenant read and write', () => {
    expect(canRead(context, user('organisation', 'org-1'))).toBe(true);
    expect(canWrite(context, user('organisation', 'org-1'))).toBe(true);
  });

  it('narrows a reader entry to its listed users', () => {
    expect(canRead(context, user('cb', 'cb-1', 'auditor-1'))).toBe(true);
    expect(canWrite(context, user('cb', 'cb-1', 'auditor-1'))).toBe(false);
    expect(canRead(context, user('cb', 'cb-1', 'analyst-2'))).toBe(false);
  });

  it('denies other tenants, and a tenant id under another tenant type', () => {
    expect(canRead(context, user('organisation', 'org-2'))).toBe(false);
    expect(canRead(context, user('cb', 'org-1'))).toBe(false);
    expect(canRead(context, user('platform', 'platform'))).toBe(false);
  });

  it('knows the system principal from a platform user', () => {
    expect(isSystem(SYSTEM_PRINCIPAL)).toBe(true);
    expect(canWrite(context, SYSTEM_PRINCIPAL)).toBe(true);
    expect(isSystem(user('platform', 'platform', 'admin-1'))).toBe(false);
  });

  it('admits the holders of a listed role besides the listed users (need-to-know)', () => {
    const audit = {
      readers: [{ tenantType: 'cb', tenantId: 'cb-1', userIds: ['auditor-1'], roles: ['cb_admin'] }],
      writers: [],
    } as unknown as DocumentContextRecord;
    const admin = { ...user('cb', 'cb-1', 'admin-1'), roles: ['cb_admin' as const] };
    const otherAuditor = { ...user('cb', 'cb-1', 'auditor-2'), roles: ['auditor' as const] };
    expect(canRead(audit, admin)).toBe(true);
    expect(canRead(audit, user('cb', 'cb-1', 'auditor-1'))).toBe(true);
    expect(canRead(audit, otherAuditor)).toBe(false);
    expect(canRead(audit, { ...admin, tenantId: 'cb-2' })).toBe(false);
  });

  it('lets any signed-in user read a context open to all, and write only as listed', () => {
    const templates = {
      readers: [],
      writers: [],
      readableByAnyUser: true,
    } as unknown as DocumentContextRecord;
    expect(canRead(templates, user('organisation', 'org-9'))).toBe(true);
    expect(canWrite(templates, user('organisation', 'org-9'))).toBe(false);
  });

  describe('a training network’s entry narrowed to one establishment', () => {
    const candidate = {
      readers: [],
      writers: [
        {
          tenantType: 'network',
          tenantId: 'net-1',
          perimeter: { trainingOrganisationId: 'of-1', establishmentId: 'est-1' },
        },
      ],
    } as unknown as DocumentContextRecord;
    const networkUser = (perimeter?: Principal['perimeter']): Principal => ({
      ...user('network', 'net-1'),
      ...(perimeter ? { perimeter } : {}),
    });

    it('lets the network’s staff, the organisation’s and that establishment’s users in', () => {
      expect(canWrite(candidate, networkUser())).toBe(true);
      expect(canWrite(candidate, networkUser({ trainingOrganisationId: 'of-1' }))).toBe(true);
      expect(
        canRead(candidate, networkUser({ trainingOrganisationId: 'of-1', establishmentId: 'est-1' })),
      ).toBe(true);
    });

    it('keeps another establishment or organisation of the network out', () => {
      expect(
        canRead(candidate, networkUser({ trainingOrganisationId: 'of-1', establishmentId: 'est-2' })),
      ).toBe(false);
      expect(canWrite(candidate, networkUser({ trainingOrganisationId: 'of-2' }))).toBe(false);
    });
  });
});
