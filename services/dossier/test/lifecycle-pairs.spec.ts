import type { INestApplication } from '@nestjs/common';
import {
  DossierStatusSchema,
  SYSTEM_PRINCIPAL,
  type DossierStatus,
  type Principal,
  type Role,
  CERTIFIED_CYCLE,
  DOSSIER_ACTIONS,
  dossierTransitionFor,
  dossierTransitionsOf,
  type DossierAction,
  type DossierGuard,
  type DossierTransition,
} from '@certhub/contracts';
import { targetOf } from '@certhub/platform';
import { TestStack, startInProcess, serviceDatabase } from '@certhub/testing';
import type { Connection } from 'mongoose';
import { AppModule } from '../src/app.module';
import { ChangeCertificateStatus } from '../src/certification/change-certificate-status';
import { DossierEnv } from '../src/config';
import { DossierLifecycle } from '../src/lifecycle/dossier-lifecycle';
import { CB, ORG } from './support/dossier-harness';
import { dossierDocument, seedDossier, seedOpenFinding, type SeedOptions } from './support/seed';

const AUDITOR = 'u-auditor';
const as = (tenantType: Principal['tenantType'], tenantId: string, role: Role): Principal => ({
  userId: `u-${role}`,
  tenantType,
  tenantId,
  roles: [role],
});
// The organisation line's roles: the individuals' line has no say on dossiers.
const ACTORS = {
  org_admin: as('organisation', ORG, 'org_admin'),
  org_member: as('organisation', ORG, 'org_member'),
  cb_admin: as('cb', CB, 'cb_admin'),
  analyst: as('cb', CB, 'analyst'),
  auditor: { ...as('cb', CB, 'auditor'), userId: AUDITOR },
  decision_maker: as('cb', CB, 'decision_maker'),
  platform_admin: as('platform', 'platform', 'platform_admin'),
  scheme_manager: as('platform', 'platform', 'scheme_manager'),
  partner: as('partner', 'p-1', 'partner'),
  system: SYSTEM_PRINCIPAL,
} satisfies Partial<Record<Role | 'system', Principal>>;
type Actor = keyof typeof ACTORS;

/** The dossier data that makes each guard hold. */
function seedFor(guards: readonly DossierGuard[]): Omit<SeedOptions, 'status'> & { openFinding?: boolean } {
  const o: Omit<SeedOptions, 'status'> & { openFinding?: boolean } = { auditorIds: [AUDITOR] };
  for (const guard of guards) {
    if (guard === 'certificate_valid' || guard === 'certificate_held' || guard === 'surveillance_cycle')
      o.certificate ??= 'valid';
    if (guard === 'renewal_window_open') o.certificate = 'in_renewal_window';
    if (guard === 'validity_elapsed') o.certificate = 'elapsed';
    if (guard === 'complementary_requested') o.complementaryRequested = true;
    if (guard === 'scope_change_pending') o.scopeChangePending = true;
    if (guard === 'offer_awaiting_signature') o.offerAwaitingSignature = true;
    if (guard === 'questionnaire_findings_answered') o.questionnaireFindings = [{ status: 'answered' }];
    if (guard === 'findings_open') o.openFinding = true;
  }
  return o;
}

/**
 * Every (status, action) pair of the lifecycle, through the dossier application itself (its real
 * module graph, database and guards, in this process): the pairs of the table succeed with their
 * guards satisfied and land on the table's target, every other pair answers 409 naming the current
 * status and leaves the dossier untouched.
 */
describe('every (status, action) pair of the lifecycle', () => {
  let stack: TestStack;
  let app: INestApplication;
  let db: Connection;
  let lifecycle: DossierLifecycle;

  beforeAll(async () => {
    // Identity answers whether the applicant's organisation is active (every applicant's command asks).
    stack = await TestStack.start(['identity']);
    app = await startInProcess('dossier', stack, {
      parse: (env) => DossierEnv.parse(env),
      module: (config) => AppModule.forRoot(config),
      env: { EXPIRY_SCAN_INTERVAL_MS: '3600000' },
    });
    lifecycle = app.get(DossierLifecycle);
    db = await serviceDatabase(stack, 'dossier');
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await app?.close();
    await stack?.stop();
  });

  const stored = (id: string) => db.collection('dossiers').findOne({ _id: id as never });

  /** One seeded dossier per action of the status, written in one go. */
  function seedsOf(status: DossierStatus) {
    return DOSSIER_ACTIONS.map((action) => {
      const row = dossierTransitionFor(status, action);
      const { openFinding, ...seed } = row ? seedFor(row.guards ?? []) : { openFinding: false };
      // Refused pairs get the richest data (an elapsed certificate): the table alone must refuse them.
      const doc = row
        ? dossierDocument({ ...seed, status })
        : dossierDocument({ status, auditorIds: [AUDITOR], certificate: 'elapsed' });
      return { action, row, doc, openFinding };
    });
  }

  async function allowed(status: DossierStatus, action: DossierAction, row: DossierTransition, id: string) {
    const to = targetOf(row, status);
    try {
      const { after: result } = await lifecycle.apply(ACTORS[row.by[0] as Actor], id, action, () => ({
        what: `test ${action}`,
      }));
      const after = await stored(id);
      const trail = (after?.['trail'] as { action: string; fromStatus: string; toStatus: string }[]) ?? [];
      if (result.status !== to || after?.['status'] !== to)
        return `${status} × ${action}: landed on ${String(after?.['status'])}, not ${to}`;
      if (after?.['version'] !== 1) return `${status} × ${action}: version ${String(after?.['version'])}`;
      const last = trail.at(-1);
      if (last?.action !== action || last.fromStatus !== status || last.toStatus !== to)
        return `${status} × ${action}: no trail entry`;
      return undefined;
    } catch (error) {
      return `${status} × ${action}: refused (${String(error)}) though the table allows it`;
    }
  }

  async function refused(status: DossierStatus, action: DossierAction, id: string) {
    const by = (dossierTransitionsOf(action)[0] as DossierTransition).by[0] as Actor;
    try {
      await lifecycle.apply(ACTORS[by], id, action, () => ({ what: 'must not happen' }));
      return `${status} × ${action}: accepted though not in the table`;
    } catch (error) {
      const e = error as { code?: string; status?: number; message?: string; details?: unknown };
      const after = await stored(id);
      if (e.code !== 'invalid_transition' || e.status !== 409)
        return `${status} × ${action}: ${String(error)}`;
      if (JSON.stringify(e.details) !== JSON.stringify({ currentStatus: status, action }))
        return `${status} × ${action}: details ${JSON.stringify(e.details)}`;
      if (!e.message?.includes(status) || !e.message.includes(action))
        return `${status} × ${action}: message ${e.message}`;
      if (after?.['version'] !== 0 || after['status'] !== status)
        return `${status} × ${action}: the dossier changed`;
      return undefined;
    }
  }

  it.each(DossierStatusSchema.options)(
    'from %s',
    async (status) => {
      const seeds = seedsOf(status);
      await db.collection('dossiers').insertMany(seeds.map((s) => s.doc));
      for (const s of seeds.filter((x) => x.openFinding)) await seedOpenFinding(db, s.doc._id);
      const problems = (
        await Promise.all(
          seeds.map(({ action, row, doc }) =>
            row ? allowed(status, action, row, doc._id) : refused(status, action, doc._id),
          ),
        )
      ).filter(Boolean);
      // Keep the collection small: FerretDB scans it for every relay pass.
      await db.collection('dossiers').deleteMany({ _id: { $in: seeds.map((x) => x.doc._id) } });
      expect(problems).toEqual([]);
      expect(seeds).toHaveLength(DOSSIER_ACTIONS.length);
    },
    180_000,
  );

  it('reinstates to the step of the cycle the suspension interrupted, certified after a suspension decision', async () => {
    const certificates = app.get(ChangeCertificateStatus);
    const decider = ACTORS.decision_maker;
    const resumed: Record<string, string> = {};
    for (const status of CERTIFIED_CYCLE) {
      const id = await seedDossier(db, { status, certificate: 'valid', renewalOpen: status === 'renewal' });
      expect((await certificates.apply(decider, id, 'suspend', 'complaint')).status).toBe('suspended');
      const after = await certificates.apply(decider, id, 'reinstate', 'complaint answered');
      resumed[status] = after.status;
      expect(after).toMatchObject({ certificate: { status: 'valid' }, suspendedFrom: null });
      expect((await stored(id))?.['trail']).toEqual([
        expect.objectContaining({ action: 'suspend', fromStatus: status, toStatus: 'suspended' }),
        expect.objectContaining({ action: 'reinstate', fromStatus: 'suspended', toStatus: status }),
      ]);
    }
    expect(resumed).toEqual(Object.fromEntries(CERTIFIED_CYCLE.map((s) => [s, s])));
    // Suspended by the decision that ended a surveillance audit (no step left open), or by an older
    // write that kept no step: back to certified.
    const decided = await seedDossier(db, { status: 'suspended', certificate: 'suspended' });
    expect((await certificates.apply(decider, decided, 'reinstate', 'ok')).status).toBe('certified');
  });

  it('refuses a role the row does not name (403) and a guard that does not hold (409 naming it)', async () => {
    const id = await seedDossier(db, { status: 'decision_pending', certificate: 'valid' });
    await expect(
      lifecycle.apply(ACTORS.analyst, id, 'decide_grant', () => ({ what: 'x' })),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      lifecycle.apply(ACTORS.decision_maker, id, 'decide_grant', () => ({ what: 'x' })),
    ).rejects.toMatchObject({
      code: 'invalid_transition',
      details: { currentStatus: 'decision_pending', action: 'decide_grant', guard: 'initial_cycle' },
    });
    // The platform itself only where the table says 'system'.
    await expect(
      lifecycle.apply(SYSTEM_PRINCIPAL, id, 'decide_maintain', () => ({ what: 'x' })),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await stored(id))?.['version']).toBe(0);
  });

  it('answers 404 to whoever may not see the dossier, before anything else', async () => {
    const id = await seedDossier(db, { status: 'submitted' });
    for (const principal of [
      as('organisation', 'org-other', 'org_admin'),
      as('cb', 'cb-other', 'analyst'),
      ACTORS.auditor, // not booked on this dossier
      ACTORS.partner,
    ])
      await expect(
        lifecycle.apply(principal, id, 'declare_admissible', () => ({ what: 'x' })),
      ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a stale expectedVersion, and retries concurrent changes until each lands once', async () => {
    const id = await seedDossier(db, { status: 'certified', certificate: 'valid', auditorIds: [AUDITOR] });
    await expect(
      lifecycle.apply(ACTORS.org_admin, id, 'request_scope_change', () => ({ what: 'x' }), {
        expectedVersion: 3,
      }),
    ).rejects.toMatchObject({ code: 'stale_version' });
    await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        lifecycle.apply(ACTORS.org_admin, id, 'request_scope_change', () => ({
          $push: { decisions: { n: i } },
          what: `change ${i}`,
        })),
      ),
    );
    const after = await stored(id);
    expect(after?.['version']).toBe(4);
    expect((after?.['trail'] as unknown[]).length).toBe(4);
    expect((after?.['decisions'] as unknown[]).length).toBe(4);
  });
});
