import type { INestApplication } from '@nestjs/common';
import { answerNatsRequests } from '@certhub/platform';
import {
  GatewayClient,
  TestStack,
  startInProcess,
  uniqueId,
  waitFor,
  serviceDatabase,
} from '@certhub/testing';
import type { Connection } from 'mongoose';
import { AppModule } from '../src/app.module';
import { DossierEnv } from '../src/config';
import { addDays } from '../src/lifecycle/calendar';
import { SendReminders } from '../src/reminders/send-reminders/send-reminders.usecase';
import { dossierDocument } from './support/seed';

/** The day the test's clock starts at: years ahead, so that the real clock's passes find nothing. */
const BASE = '2031-03-03';
const at = (day: string) => new Date(`${day}T08:00:00Z`);

interface Entry {
  eventType?: string;
  title: string;
  content: string;
  category: string;
}

/**
 * Reminders as a scheduled job at a clock the test moves: the dossier service runs in this process,
 * answering the gateway over NATS (its pass is called with the clock's time, as the job calls it), identity, notification and the
 * gateway as processes; the reminders arrive in the demo users' inboxes through the gateway, one per
 * thing and threshold however many passes run.
 */
describe('reminders', () => {
  let stack: TestStack;
  let app: INestApplication;
  let db: Connection;
  let reminders: SendReminders;
  let gateway: GatewayClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'notification', 'gateway'], {
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    // The gateway's requests reach this process like the service's own.
    app = await startInProcess('dossier', stack, {
      parse: (env) => DossierEnv.parse(env),
      module: (config) => AppModule.forRoot(config),
      serve: (app, config) => answerNatsRequests(app, 'dossier', config),
    });
    reminders = app.get(SendReminders);
    db = await serviceDatabase(stack, 'dossier');
    gateway = await GatewayClient.signIn(stack.service('gateway').url, [
      'org.admin',
      'analyst',
      'auditor',
      'cb.admin',
    ]);
    await gateway.qualify('auditor');
    for (const who of ['analyst', 'auditor']) ids[who] = await gateway.userId(who);
  }, 150_000);
  afterAll(async () => {
    await db?.close();
    await app?.close();
    await stack?.stop();
  });

  const api = (who: string, method: string, path: string, body?: unknown): Promise<unknown> =>
    gateway.ok(who, method, path, body);

  /** The user's inbox entries about one dossier reference, once `count` of them arrived. */
  const inbox = (who: string, reference: string, count: number) =>
    waitFor(
      `${count} notifications of ${who} about ${reference}`,
      async () => {
        const page = (await api(
          who,
          'GET',
          `/notifications?title=${encodeURIComponent(reference)}&pageSize=100`,
        )) as { items: Entry[] };
        return page.items.length >= count ? page.items : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300 },
    );

  it('reminds once per thing and threshold as the clock moves, in the inboxes, naming the reference', async () => {
    // A certified dossier: surveillance due 45 days after BASE, renewal window opening 20 days after.
    const certified = dossierDocument({
      status: 'certified',
      certificate: 'valid',
      analystId: ids['analyst'],
    });
    Object.assign(certified, {
      reference: uniqueId('REM-CERT-'),
      certificate: { ...(certified['certificate'] as object), validUntil: addDays(BASE, 200) },
      cycle: { surveillanceDue: [addDays(BASE, 45)], renewalOpensOn: addDays(BASE, 20) },
    });
    // A contracted dossier whose initial audit is planned through the API, 5 days after BASE.
    const contracted = dossierDocument({ status: 'contracted', analystId: ids['analyst'] });
    contracted['reference'] = uniqueId('REM-AUDIT-');
    await db.collection('dossiers').insertMany([certified, contracted]);
    const audit = (await api('analyst', 'POST', `/dossiers/${contracted._id}/audits`, {
      type: 'initial',
      startDate: addDays(BASE, 5),
      endDate: addDays(BASE, 6),
      auditorIds: [ids['auditor']],
    })) as { id: string };
    // A non-conformity of that dossier awaiting the applicant's measures, due 6 days after BASE.
    await db.collection('findings').insertOne({
      _id: uniqueId('nc-') as never,
      tenantId: ['org-demo', 'cb-demo'],
      organisationId: 'org-demo',
      cbId: 'cb-demo',
      dossierId: contracted._id,
      dossierReference: contracted['reference'],
      auditId: audit.id,
      schemeId: 'amarc',
      schemeVersion: '2024.1',
      auditorIds: [ids['auditor']],
      analystId: ids['analyst'],
      number: 'NC0001',
      requirementId: '1.1',
      severity: 'minor',
      description: 'seeded',
      dueDate: addDays(BASE, 6),
      late: false,
      status: 'measures_requested',
      open: true,
      items: [],
      recordedAt: new Date(),
      recordedBy: ids['auditor'],
      version: 0,
      trail: [],
      outbox: [],
    });

    // BASE: surveillance (60-day threshold), the audit and the finding (7-day): three; again, none.
    expect(await reminders.runOnce(at(BASE))).toBe(3);
    expect(await reminders.runOnce(at(BASE))).toBe(0);
    // Four days later: the audit's 1-day reminder; the finding already had its 7-day one.
    expect(await reminders.runOnce(at(addDays(BASE, 4)))).toBe(1);
    // Three weeks later: the surveillance's 30-day threshold and the renewal window; once.
    expect(await reminders.runOnce(at(addDays(BASE, 21)))).toBe(2);
    expect(await reminders.runOnce(at(addDays(BASE, 22)))).toBe(0);
    expect(await db.collection('reminders').countDocuments()).toBe(6);

    // The applicant's admin: surveillance ×2 and renewal about the certified dossier…
    const aboutCertificate = await inbox('org.admin', certified['reference'] as string, 2);
    const renewal = await waitFor('the renewal reminder', async () =>
      (
        (await api('org.admin', 'GET', '/notifications?category=certificate&pageSize=100')) as {
          items: Entry[];
        }
      ).items.find((e) => e.eventType === 'certhub.reminder.renewal_window_open.v1'),
    );
    expect(renewal.content).toContain(certified['reference'] as string);
    expect(aboutCertificate.map((e) => e.eventType)).toEqual([
      'certhub.reminder.surveillance_audit_due.v1',
      'certhub.reminder.surveillance_audit_due.v1',
    ]);
    // …the audit twice and the finding once about the other, beside the planned-audit mail.
    const aboutAudit = await inbox('org.admin', contracted['reference'] as string, 4);
    const types = aboutAudit.map((e) => e.eventType).sort();
    expect(types).toEqual([
      'certhub.dossier.audit_planned.v1',
      'certhub.reminder.audit_upcoming.v1',
      'certhub.reminder.audit_upcoming.v1',
      'certhub.reminder.finding_deadline.v1',
    ]);
    for (const entry of aboutAudit) expect(`${entry.title} ${entry.content}`).not.toContain(contracted._id);
    // The planned audit and its reminders name the auditor.
    const me = (await api('auditor', 'GET', '/me')) as { firstName?: string; lastName?: string };
    const planned = aboutAudit.find((e) => e.eventType === 'certhub.dossier.audit_planned.v1');
    expect(planned?.content).toMatch(/réalisé par \S+/);
    if (me.lastName) expect(planned?.content).toContain(me.lastName);
    // The auditor is reminded of his audits, the analyst of the surveillance to plan.
    await inbox('auditor', contracted['reference'] as string, 3);
    const analyst = await inbox('analyst', certified['reference'] as string, 2);
    expect(analyst.every((e) => e.category === 'audit' || e.category === 'certificate')).toBe(true);
  });
});
