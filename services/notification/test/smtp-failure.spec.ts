import type { RpcResponse } from '@certhub/contracts';
import { freePort, waitFor, type ServiceProcess } from '@certhub/testing';
import type { Connection } from 'mongoose';
import { ORG, dossierJourney } from './support/journey-events';
import { NotificationHarness, PORTAL } from './support/notification-harness';

const ORG_MEMBER = 'org.member@certhub.local';
const RETRY_BASE_MS = 300;

interface LoggedMail {
  recipient: string;
  status: string;
  attempts: number;
  error?: string;
  messageId?: string;
  createdAt: Date;
  failedAt?: Date;
}

/**
 * SMTP is down for good: a notification process pointed at a closed port retries each mail with
 * backoff, then records it as failed, counts it, and tells its recipient in the inbox.
 */
describe('mail delivery while SMTP is down', () => {
  let h: NotificationHarness;
  let notification: ServiceProcess;
  let db: Connection;

  beforeAll(async () => {
    h = await NotificationHarness.start(['gateway', 'identity']);
    // Not ready by design (its SMTP check fails): started without waiting for readiness.
    notification = await h.startNotification(
      {
        SMTP_URL: `smtp://127.0.0.1:${await freePort()}`,
        MAIL_MAX_ATTEMPTS: '3',
        MAIL_RETRY_BASE_MS: String(RETRY_BASE_MS),
        MAIL_POLL_INTERVAL_MS: '100',
      },
      { waitReady: false },
    );
    db = await h.notificationDb();
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await notification?.stop();
    await h?.stop();
  });

  it('stays ready without SMTP (mails wait and retry) and reports it degraded, in readiness and liveness', async () => {
    const report = await waitFor('the database and SMTP checks to report', async () => {
      const { status, body } = await notification.readiness();
      const { checks, degraded } = body as { checks: Record<string, { status: string }>; degraded: string[] };
      return checks['mongodb']?.status === 'up' ? { status, checks, degraded } : undefined;
    });
    expect(report.status).toBe(200);
    expect(report.checks['smtp']?.status).toBe('down');
    expect(report.degraded).toEqual(['smtp']);
    const live = await fetch(`${notification.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok', degraded: ['smtp'] });
    expect(await (await fetch(`${notification.url}/metrics`)).text()).toMatch(
      /certhub_dependency_up\{dependency="smtp"[^}]*\} 0/,
    );
  });

  it('retries with backoff, then logs the mail as failed, counts it and leaves an inbox notice', async () => {
    const j = dossierJourney();
    const event = await h.publish('certhub.dossier.admissible.v1', j.admissible, ORG);
    const log = db.collection<LoggedMail>('mail_log');

    const failed = await waitFor(
      'the mails of the event to fail for good',
      async () => {
        const mails = await log.find({ eventId: event.id }).toArray();
        return mails.length > 0 && mails.every((m) => m.status === 'failed') ? mails : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    const toMember = failed.find((m) => m.recipient === ORG_MEMBER) as LoggedMail;
    expect(toMember).toMatchObject({
      status: 'failed',
      attempts: 3,
      error: expect.stringMatching(/ECONNECTION|ECONNREFUSED/),
    });
    expect(toMember.messageId).toBeUndefined();
    // Two waits between three attempts: about 300 ms then 600 ms (±20 %).
    const elapsed = (toMember.failedAt as Date).getTime() - toMember.createdAt.getTime();
    expect(elapsed).toBeGreaterThanOrEqual(0.8 * 3 * RETRY_BASE_MS);

    const metrics = await (await fetch(`${notification.url}/metrics`)).text();
    const counted = Number(metrics.match(/certhub_mail_sent_total\{outcome="failed"[^}]*\} (\d+)/)?.[1]);
    expect(counted).toBeGreaterThanOrEqual(failed.length);

    type List = RpcResponse<'notification.inbox.list'>;
    const notices = await h.api<List>(
      ORG_MEMBER,
      'GET',
      `/notifications?category=undelivered_mail&title=${j.dossierId}`,
    );
    expect(notices.body.items).toEqual([
      expect.objectContaining({
        title: `Message non distribué : Dossier ${j.reference} : questionnaire recevable`,
        content: `Le message « Dossier ${j.reference} : questionnaire recevable » n’a pas pu être remis à ${ORG_MEMBER} après 3 tentative(s).`,
        link: `${PORTAL}/dossiers/${j.dossierId}`,
        read: false,
      }),
    ]);
    // The notification itself is in the inbox all the same.
    const entries = await h.api<List>(
      ORG_MEMBER,
      'GET',
      `/notifications?category=admissibility&title=${j.dossierId}`,
    );
    expect(entries.body.total).toBe(1);
  });
});
