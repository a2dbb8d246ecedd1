import {
  CertificateDataSchema,
  EventCatalog,
  type CloudEvent,
  type EventType,
  type RpcRequest,
} from '@certhub/contracts';
import { CB, DossierHarness, ORG } from './support/dossier-harness';
import { seedDossier } from './support/seed';

const typesOf = (events: CloudEvent[]) => events.map((e) => e.type);
const parses = (e: CloudEvent) => EventCatalog[e.type as EventType].schema.safeParse(e.data).success;

/**
 * Decisions, certificate records and their life (docs/domain/organisation-certification.md#decisions,
 * #certificate, #surveillance, #renewal).
 */
describe('decisions and certificates', () => {
  let h: DossierHarness;

  beforeAll(async () => {
    h = await DossierHarness.start();
  }, 120_000);
  afterAll(() => h?.stop());

  type Decision = RpcRequest<'dossier.decisions.record'>;
  /** A decision on the dossier, recorded as `as` (the decider unless told); `refusal` answers the failure. */
  const decide = (dossierId: string, outcome: Decision['outcome'], reason: string, as = h.cast.decider) =>
    h.call('dossier.decisions.record', { dossierId, outcome, reason }, as);
  const refusal = (dossierId: string, outcome: Decision['outcome'], reason: string, as = h.cast.decider) =>
    h.failure('dossier.decisions.record', { dossierId, outcome, reason }, as);

  it('refuses a decider who audited the dossier (impartiality, 403)', async () => {
    const id = await seedDossier(h.db, { status: 'decision_pending', auditorIds: [h.cast.decider.userId] });
    expect(await refusal(id, 'grant', 'ok')).toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('impartiality'),
    });
    expect((await h.call('dossier.dossiers.get', { dossierId: id }, h.cast.analyst)).status).toBe(
      'decision_pending',
    );
  });

  it('grants: certificate record per CB, validity and surveillance from the scheme, issued event with the full data', async () => {
    const id = await seedDossier(h.db, { status: 'decision_pending', auditorIds: [h.cast.auditor.userId] });
    expect(await refusal(id, 'maintain', 'x')).toMatchObject({
      code: 'validation_failed',
      details: [
        {
          field: 'outcome',
          message: 'one of grant, complementary_documentary_audit, complementary_on_site_audit, refuse',
        },
      ],
    });
    expect(await refusal(id, 'grant', 'x', h.cast.analyst)).toMatchObject({ code: 'forbidden' });

    const { decision, dossier } = await decide(id, 'grant', 'Toutes les exigences sont satisfaites');
    const year = new Date().getUTCFullYear();
    expect(decision).toMatchObject({ kind: 'initial', outcome: 'grant', decidedBy: h.cast.decider.userId });
    expect(dossier.status).toBe('certified');
    const c = dossier.certificate;
    expect(c?.number).toMatch(new RegExp(`^DEMO-AMARC-${year}-\\d{5}$`));
    expect(c?.validFrom).toBe(new Date().toISOString().slice(0, 10));
    const validFrom = new Date(`${c?.validFrom ?? ''}T00:00:00Z`);
    const plus = (months: number) => {
      const d = new Date(validFrom);
      d.setUTCMonth(d.getUTCMonth() + months);
      return d.toISOString().slice(0, 10);
    };
    expect(dossier.cycle.surveillanceDue).toEqual([plus(12), plus(24)]);
    // The day before the same date 36 months later.
    const end = new Date(`${plus(36)}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() - 1);
    expect(c?.validUntil).toBe(end.toISOString().slice(0, 10));

    const events = await h.waitForEvents(id, (es) =>
      es.some((e) => e.type === 'certhub.certificate.issued.v1'),
    );
    expect(typesOf(events)).toEqual([
      'certhub.dossier.status_changed.v1',
      'certhub.dossier.decision_recorded.v1',
      'certhub.certificate.issued.v1',
    ]);
    const issued = CertificateDataSchema.parse(events[2]?.data);
    expect(issued).toMatchObject({
      certificateId: c?.certificateId,
      number: c?.number,
      dossierId: id,
      organisationId: ORG,
      cbId: CB,
      schemeId: 'amarc',
      schemeVersion: '2024.1',
      level: 'A',
      holder: { name: 'Ateliers Démo CertHub SAS', siren: '901234567' },
      cb: { name: 'CertHub Démo Certification' },
    });
    expect(issued.mentions.length).toBeGreaterThan(0);
    expect(issued.scope.length).toBeGreaterThan(0);
    expect(events.every(parses)).toBe(true);
  });

  it('suspends, reinstates and withdraws, each with its certificate event; surveillance options only', async () => {
    const id = await seedDossier(h.db, { status: 'certified', certificate: 'valid' });
    const suspended = await h.call(
      'dossier.certificates.suspend',
      { dossierId: id, reason: 'Réclamation grave' },
      h.cast.decider,
    );
    expect(suspended).toMatchObject({ status: 'suspended', certificate: { status: 'suspended' } });
    const reinstated = await h.call(
      'dossier.certificates.reinstate',
      { dossierId: id, reason: 'Actions vérifiées' },
      h.cast.decider,
    );
    expect(reinstated).toMatchObject({ status: 'certified', certificate: { status: 'valid' } });
    expect(
      await h.failure('dossier.certificates.reinstate', { dossierId: id, reason: 'x' }, h.cast.decider),
    ).toMatchObject({
      code: 'invalid_transition',
      details: { currentStatus: 'certified', action: 'reinstate' },
    });
    const withdrawn = await h.call(
      'dossier.certificates.withdraw',
      { dossierId: id, reason: 'Fraude' },
      h.cast.decider,
    );
    expect(withdrawn).toMatchObject({ status: 'withdrawn', certificate: { status: 'withdrawn' } });
    const decisions = await h.call('dossier.decisions.list', { dossierId: id }, h.cast.orgAdmin);
    expect(decisions.items.map((d) => [d.kind, d.outcome])).toEqual([
      ['surveillance', 'suspend'],
      ['surveillance', 'withdraw'],
    ]);
    const events = await h.waitForEvents(id, (es) =>
      es.some((e) => e.type === 'certhub.certificate.withdrawn.v1'),
    );
    expect(typesOf(events)).toEqual([
      'certhub.dossier.status_changed.v1',
      'certhub.dossier.decision_recorded.v1',
      'certhub.certificate.suspended.v1',
      'certhub.dossier.status_changed.v1',
      'certhub.certificate.reinstated.v1',
      'certhub.dossier.status_changed.v1',
      'certhub.dossier.decision_recorded.v1',
      'certhub.certificate.withdrawn.v1',
    ]);
    expect(events.every(parses)).toBe(true);

    const pending = await seedDossier(h.db, { status: 'decision_pending', certificate: 'valid' });
    expect(await refusal(pending, 'complementary_on_site_audit', 'x')).toMatchObject({
      code: 'validation_failed',
    });
    const kept = await decide(pending, 'complementary_on_site_control', 'Preuves manquantes');
    expect(kept.dossier).toMatchObject({ status: 'decision_pending', complementaryRequested: 'on_site' });
    const maintained = await decide(pending, 'maintain', 'Conforme');
    expect(maintained.decision.kind).toBe('surveillance');
    expect(maintained.dossier.status).toBe('certified');
    expect(maintained.dossier.complementaryRequested).toBeUndefined();
  });

  it('renews with the same CB (renewed event naming the previous certificate) and records a change of CB as an initial audit', async () => {
    const outside = await seedDossier(h.db, { status: 'certified', certificate: 'valid' });
    expect(await h.failure('dossier.renewals.open', { dossierId: outside }, h.cast.orgAdmin)).toMatchObject({
      code: 'invalid_transition',
      details: { guard: 'renewal_window_open' },
    });

    const same = await seedDossier(h.db, { status: 'certified', certificate: 'in_renewal_window' });
    const opened = await h.call('dossier.renewals.open', { dossierId: same }, h.cast.orgAdmin);
    expect(opened.dossier).toMatchObject({
      status: 'renewal',
      cycle: { renewal: { changeOfCb: false, auditType: 'renewal' } },
    });
    expect(opened.newDossier).toBeUndefined();

    const pending = await seedDossier(h.db, {
      status: 'decision_pending',
      certificate: 'valid',
      renewalOpen: true,
    });
    const before = await h.call('dossier.dossiers.get', { dossierId: pending }, h.cast.analyst);
    const renewed = await decide(pending, 'grant', 'Renouvelé');
    expect(renewed.decision.kind).toBe('renewal');
    expect(renewed.dossier.certificate?.certificateId).not.toBe(before.certificate?.certificateId);
    expect(renewed.dossier.cycle.renewal).toBeUndefined();
    const events = await h.waitForEvents(pending, (es) =>
      es.some((e) => e.type === 'certhub.certificate.renewed.v1'),
    );
    const event = events.find((e) => e.type === 'certhub.certificate.renewed.v1');
    expect(EventCatalog['certhub.certificate.renewed.v1'].schema.parse(event?.data)).toMatchObject({
      previousCertificateId: before.certificate?.certificateId,
      certificateId: renewed.dossier.certificate?.certificateId,
    });

    const code = `cb${Date.now().toString(36)}`;
    const other = await h.call(
      'identity.certification-bodies.create',
      {
        code,
        name: 'Autre Certification',
        certificateNumberPrefix: 'AUT',
        address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
      },
      { userId: 'u-platform', tenantType: 'platform', tenantId: 'platform', roles: ['platform_admin'] },
    );
    const moving = await seedDossier(h.db, { status: 'certified', certificate: 'in_renewal_window' });
    const moved = await h.call(
      'dossier.renewals.open',
      { dossierId: moving, cbId: other.id },
      h.cast.orgAdmin,
    );
    expect(moved.dossier.cycle.renewal).toMatchObject({
      changeOfCb: true,
      auditType: 'initial',
      newCbId: other.id,
    });
    expect(moved.newDossier).toMatchObject({
      cbId: other.id,
      status: 'draft',
      cycle: { renewalOf: { dossierId: moving, cbId: CB, changeOfCb: true } },
    });
    expect(moved.newDossier?.reference).toMatch(/^AUT-/);
    // The old CB does not see the new dossier; the applicant sees both.
    expect(
      await h.failure('dossier.dossiers.get', { dossierId: moved.newDossier?.id ?? '' }, h.cast.analyst),
    ).toMatchObject({
      code: 'not_found',
    });
    expect(
      (await h.call('dossier.questionnaire.get', { dossierId: moved.newDossier?.id ?? '' }, h.cast.orgAdmin))
        .answers,
    ).toHaveProperty('effectif');
  });

  it('takes a declared change of scope and the CB’s decision on it', async () => {
    const id = await seedDossier(h.db, { status: 'certified', certificate: 'valid' });
    expect(
      await h.failure(
        'dossier.scope-changes.decide',
        { dossierId: id, outcome: 'no_action', reason: 'x' },
        h.cast.analyst,
      ),
    ).toMatchObject({ code: 'invalid_transition', details: { guard: 'scope_change_pending' } });
    // A file answer names a document of its question's upload context, as in a draft save.
    expect(
      await h.failure(
        'dossier.scope-changes.request',
        {
          dossierId: id,
          description: 'Nouvelle lettre',
          answers: { 'lettre-engagement': { value: ['doc-elsewhere'] } },
        },
        h.cast.orgAdmin,
      ),
    ).toMatchObject({
      code: 'validation_failed',
      details: [
        {
          field: 'answers.lettre-engagement',
          message: expect.stringContaining('document doc-elsewhere does not exist in'),
        },
      ],
    });
    const requested = await h.call(
      'dossier.scope-changes.request',
      { dossierId: id, description: 'Ouverture d’un second site', answers: { effectif: { value: 9 } } },
      h.cast.orgAdmin,
    );
    expect(requested).toMatchObject({ status: 'certified', scopeChange: { status: 'pending' } });
    const decided = await h.call(
      'dossier.scope-changes.decide',
      { dossierId: id, outcome: 'extra_audit', reason: 'Nouveau site à auditer' },
      h.cast.analyst,
    );
    expect(decided).toMatchObject({
      scopeChange: { status: 'decided', outcome: 'extra_audit' },
      complementaryRequested: 'on_site',
    });
    const trail = await h.call('dossier.dossiers.trail', { dossierId: id }, h.cast.orgAdmin);
    expect(trail.items.map((t) => t.action)).toEqual(['decide_scope_change', 'request_scope_change']);
    expect(trail.items[1]).toMatchObject({
      before: { effectif: { value: 4 } },
      after: { effectif: { value: 9 } },
    });
  });
});
