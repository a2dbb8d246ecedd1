import { SYSTEM_PRINCIPAL, type RpcResponse } from '@certhub/contracts';
import { waitFor, type SinkMail } from '@certhub/testing';
import { CB, ORG, dossierJourney } from './support/journey-events';
import {
  CB_BRAND,
  NotificationHarness,
  PORTAL,
  about,
  mailsTo,
  notInvitation,
  waitForMails,
} from './support/notification-harness';

const ORG_ADMIN = 'org.admin@certhub.local';
const ORG_MEMBER = 'org.member@certhub.local';
const CB_ADMIN = 'cb.admin@certhub.local';
const ANALYST = 'analyst@certhub.local';

const subjects = (mails: SinkMail[]) => mails.map((m) => m.subject).sort();

/**
 * A certification journey's events, published to JetStream as the dossier and identity services
 * emit them, turned into mails (MailDev) and inbox entries (the gateway) for org-demo and cb-demo.
 */
describe('notifications of a certification journey', () => {
  let h: NotificationHarness;
  let adminEn: { id: string; email: string };
  let memberFr: { id: string; email: string };
  let auditorEn: { id: string; email: string };
  let analystFr: { id: string; email: string };

  beforeAll(async () => {
    h = await NotificationHarness.start(['gateway', 'identity', 'notification']);
    [adminEn, memberFr, auditorEn, analystFr] = await Promise.all([
      h.invite(ORG_ADMIN, { role: 'org_admin', locale: 'en', firstName: 'Emma', lastName: 'Stone' }),
      h.invite(ORG_ADMIN, { role: 'org_member', locale: 'fr', firstName: 'Louis', lastName: 'Martin' }),
      h.invite(CB_ADMIN, { role: 'auditor', locale: 'en', firstName: 'Oliver', lastName: 'Reed' }),
      h.invite(CB_ADMIN, { role: 'analyst', locale: 'fr', firstName: 'Chloe', lastName: 'Petit' }),
    ]);
    // The invitations notify the tenants' admins (user.invited) a moment later: let those land
    // before the tests count anything.
    await waitFor('the invitations to reach the org admin’s inbox', async () => {
      const { body } = await h.api<RpcResponse<'notification.inbox.list'>>(
        ORG_ADMIN,
        'GET',
        '/notifications?category=account',
      );
      return body.total === 2;
    });
  }, 120_000);
  afterAll(() => h?.stop());

  it('mails each step to its recipients, in their language, with the link to the action and the CB brand', async () => {
    const j = dossierJourney();
    const d = j.dossierId;
    const r = j.reference;
    await h.publish(
      'certhub.organisation.registered.v1',
      { organisationId: ORG, siren: '901234567', name: 'Ateliers Démo CertHub SAS', adminUserId: adminEn.id },
      ORG,
    );
    await h.publish('certhub.dossier.submitted.v1', j.submitted, ORG);
    await h.publish('certhub.dossier.admissible.v1', j.admissible, ORG);
    await h.publish('certhub.dossier.audit_planned.v1', j.auditPlanned([auditorEn.id]), ORG);
    await h.publish('certhub.dossier.finding_raised.v1', j.findingRaised, ORG);
    await h.publish('certhub.dossier.decision_recorded.v1', j.decisionRecorded, ORG);
    await h.publish('certhub.certificate.issued.v1', j.certificateIssued, ORG);

    // The applicant's English-speaking admin: every step, in English.
    const toAdminEn = await waitForMails(adminEn.email, 7, notInvitation);
    expect(subjects(toAdminEn)).toEqual(
      [
        'Welcome to certhub: Ateliers Démo CertHub SAS is registered',
        `Dossier ${r}: questionnaire submitted`,
        `Dossier ${r}: questionnaire admissible`,
        `Dossier ${r}: initial audit planned on 14 April 2026`,
        `Dossier ${r}: major finding NC0007 to address`,
        `Dossier ${r}: initial decision — certification granted`,
        `Certificate DEMO-${d} issued`,
      ].sort(),
    );
    const finding = toAdminEn.find((m) => m.subject.includes('NC0007')) as SinkMail;
    expect(finding.text).toContain(`Hello Emma Stone,`);
    // The applicant answers all its dossier's findings on one page.
    expect(finding.text).toContain(`${PORTAL}/dossiers/${d}/findings`);
    expect(finding.text).toContain('Propose your corrective measures before 6 May 2026.');
    expect(finding.html).toContain(`href="${PORTAL}/dossiers/${d}/findings"`);
    // Its audits are on its dossier's page; the auditor's on his audit's.
    const plannedEn = toAdminEn.find((m) => m.subject.includes('audit planned')) as SinkMail;
    expect(plannedEn.html).toContain(`href="${PORTAL}/dossiers/${d}"`);
    // Dossier events name cb-demo: its brand; the registration names no CB: the platform's.
    expect(finding.html).toContain(CB_BRAND.logoUrl);
    expect(finding.html).toContain(CB_BRAND.colour);
    const welcome = toAdminEn.find((m) => m.subject.startsWith('Welcome')) as SinkMail;
    expect(welcome.html).not.toContain(CB_BRAND.logoUrl);
    expect(welcome.text).toContain(`${PORTAL}/dossiers`);

    // A French member: what members hear about (no submission or certificate), in French.
    expect(subjects(await waitForMails(memberFr.email, 4))).toEqual(
      [
        `Dossier ${r} : questionnaire recevable`,
        `Dossier ${r} : audit initial planifié le 14 avril 2026`,
        `Dossier ${r} : écart majeur NC0007 à traiter`,
        `Dossier ${r} : décision initiale — attribution de la certification`,
      ].sort(),
    );
    // The auditor named by the audit, and no other CB mail for him.
    const [planned] = await waitForMails(auditorEn.email, 1);
    expect(planned?.subject).toBe(`Dossier ${r}: initial audit planned on 14 April 2026`);
    expect(planned?.html).toContain(`href="${PORTAL}/cb/audits/${d}-a1"`);
    // The CB's analysts: the new submission and the decision, on the CB's page of the dossier.
    const toAnalyst = await waitForMails(analystFr.email, 2);
    expect(subjects(toAnalyst)).toEqual(
      [
        `Dossier ${r} : décision initiale — attribution de la certification`,
        `Dossier ${r} : questionnaire soumis`,
      ].sort(),
    );
    for (const mail of toAnalyst) expect(mail.html).toContain(`href="${PORTAL}/cb/dossiers/${d}"`);
    // The demo users too, among the mails of other tests: only this dossier's.
    expect(subjects(await waitForMails(ORG_ADMIN, 6, about(d)))).toEqual(
      [
        `Dossier ${r} : questionnaire soumis`,
        `Dossier ${r} : questionnaire recevable`,
        `Dossier ${r} : audit initial planifié le 14 avril 2026`,
        `Dossier ${r} : écart majeur NC0007 à traiter`,
        `Dossier ${r} : décision initiale — attribution de la certification`,
        `Certificat DEMO-${d} délivré`,
      ].sort(),
    );
    expect(await mailsTo(auditorEn.email)).toHaveLength(1);
  });

  it('keeps an inbox per user: unread count, filters, mark one, a selection or all as read', async () => {
    expect((await h.api(ORG_ADMIN, 'POST', '/notifications/read', { all: true })).status).toBe(200);
    expect((await h.api(ORG_ADMIN, 'GET', '/notifications/unread-count')).body).toEqual({
      unread: 0,
      byCategory: {},
    });

    const j = dossierJourney();
    await h.publish('certhub.dossier.admissible.v1', j.admissible, ORG);
    const raised = await h.publish('certhub.dossier.finding_raised.v1', j.findingRaised, ORG);
    type List = RpcResponse<'notification.inbox.list'>;
    const mine = async (query: string) =>
      (await h.api<List>(ORG_ADMIN, 'GET', `/notifications?title=${j.reference}${query}`)).body;
    await waitForMails(ORG_ADMIN, 2, about(j.dossierId));
    expect((await mine('')).total).toBe(2);

    expect((await h.api(ORG_ADMIN, 'GET', '/notifications/unread-count')).body).toEqual({
      unread: 2,
      byCategory: { admissibility: 1, findings: 1 },
    });
    const findings = await mine('&category=findings');
    expect(findings.items).toEqual([
      {
        id: expect.any(String),
        category: 'findings',
        eventType: 'certhub.dossier.finding_raised.v1',
        title: `Dossier ${j.reference} : écart majeur NC0007 à traiter`,
        content: `Un écart majeur (NC0007) a été relevé sur l’exigence 2.3 du dossier ${j.reference}.`,
        link: `${PORTAL}/dossiers/${j.dossierId}/findings`,
        read: false,
        createdAt: raised.time,
      },
    ]);
    expect((await mine('&content=exigence%202.3')).total).toBe(1);
    expect((await mine('&read=true')).total).toBe(0);
    const firstPage = await mine('&pageSize=1&sort=title');
    expect(firstPage).toMatchObject({ page: 1, pageSize: 1, total: 2 });
    expect(firstPage.items[0]?.category).toBe('admissibility');

    // Another user's ids change nothing in this inbox.
    const findingId = findings.items[0]?.id as string;
    expect((await h.api(ANALYST, 'POST', '/notifications/read', { ids: [findingId] })).body).toMatchObject({
      updated: 0,
    });
    expect((await mine('&read=false')).total).toBe(2);

    expect((await h.api(ORG_ADMIN, 'POST', '/notifications/read', { ids: [findingId] })).body).toEqual({
      updated: 1,
      unread: 1,
    });
    expect((await mine('&read=true')).items.map((e) => e.id)).toEqual([findingId]);
    expect((await mine('&read=true')).items[0]?.readAt).toEqual(expect.any(String));

    expect((await h.api(ORG_ADMIN, 'POST', '/notifications/read', { all: true })).body).toEqual({
      updated: 1,
      unread: 0,
    });
    expect((await mine('&read=false')).total).toBe(0);

    const invalid = await h.api<{ errors: unknown[] }>(ORG_ADMIN, 'POST', '/notifications/read', {});
    expect(invalid.status).toBe(422);
  });

  it('lets a user turn an optional category off (no mail, no inbox entry) but never a mandatory one', async () => {
    type Problem = { status: number; errors: { field: string; message: string }[] };
    const refused = await h.api<Problem>(ORG_ADMIN, 'PUT', '/notifications/preferences', {
      categories: { decision: false },
      eventTypes: { 'certhub.dossier.finding_raised.v1': false },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      {
        field: 'categories.decision',
        message: 'decision notifications are mandatory and cannot be turned off',
      },
      {
        field: 'eventTypes.certhub.dossier.finding_raised.v1',
        message: 'certhub.dossier.finding_raised.v1 notifications are mandatory and cannot be turned off',
      },
    ]);

    type Preferences = RpcResponse<'notification.preferences.get'>;
    const saved = await h.api<Preferences>(ORG_ADMIN, 'PUT', '/notifications/preferences', {
      categories: { submission: false, findings: false },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.categories).toContainEqual({
      category: 'submission',
      enabled: false,
      mandatory: false,
    });
    const read = await h.api<Preferences>(ORG_ADMIN, 'GET', '/notifications/preferences');
    expect(read.body).toEqual(saved.body);
    expect(read.body.eventTypes).toContainEqual({
      type: 'certhub.dossier.finding_raised.v1',
      category: 'findings',
      mandatory: true,
      enabled: true,
    });

    const j = dossierJourney();
    await h.publish('certhub.dossier.submitted.v1', j.submitted, ORG);
    await h.publish('certhub.dossier.finding_raised.v1', j.findingRaised, ORG);
    // The other admin still hears about the submission; then the mandatory finding reaches both.
    await waitForMails(adminEn.email, 2, about(j.dossierId));
    const toOrgAdmin = await waitForMails(ORG_ADMIN, 1, about(j.dossierId));
    expect(subjects(toOrgAdmin)).toEqual([`Dossier ${j.reference} : écart majeur NC0007 à traiter`]);
    const inbox = await h.api<RpcResponse<'notification.inbox.list'>>(
      ORG_ADMIN,
      'GET',
      `/notifications?title=${j.reference}`,
    );
    expect(inbox.body.items.map((e) => e.category)).toEqual(['findings']);

    await h.api(ORG_ADMIN, 'PUT', '/notifications/preferences', {
      categories: { submission: true, findings: true },
    });
  });

  it('sends one mail per recipient when an event is delivered twice', async () => {
    const j = dossierJourney();
    const event = await h.publish('certhub.dossier.admissible.v1', j.admissible, ORG);
    await waitForMails(memberFr.email, 1, about(j.dossierId));
    await h.redeliver(event);
    // An event published after the duplicate is handled after it (one ordered consumer).
    await h.publish('certhub.dossier.finding_raised.v1', j.findingRaised, ORG);
    const mails = await waitForMails(memberFr.email, 2, about(j.dossierId));
    expect(subjects(mails)).toEqual(
      [
        `Dossier ${j.reference} : questionnaire recevable`,
        `Dossier ${j.reference} : écart majeur NC0007 à traiter`,
      ].sort(),
    );
    const inbox = await h.api<RpcResponse<'notification.inbox.list'>>(
      ORG_ADMIN,
      'GET',
      `/notifications?title=${j.reference}`,
    );
    expect(inbox.body.total).toBe(2);
  });

  it('resolves recipients for internal callers only', async () => {
    const orgAdmin = await h.principal(ORG_ADMIN);
    await expect(h.call('identity.recipients.resolve', { tenantId: CB }, orgAdmin)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const analysts = await h.call(
      'identity.recipients.resolve',
      { tenantId: CB, roles: ['analyst'] },
      SYSTEM_PRINCIPAL,
    );
    expect(analysts.map((r) => r.email).sort()).toEqual([ANALYST, analystFr.email].sort());
    expect(analysts.find((r) => r.email === analystFr.email)).toMatchObject({
      locale: 'fr',
      role: 'analyst',
    });
    const orgMember = await h.principal(ORG_MEMBER);
    expect(
      await h.call(
        'identity.recipients.resolve',
        { tenantId: ORG, userIds: [orgMember.userId, auditorEn.id] },
        SYSTEM_PRINCIPAL,
      ),
    ).toEqual([expect.objectContaining({ userId: orgMember.userId, email: ORG_MEMBER })]);
  });
});
