import { InternalTokens, Metrics } from '@certhub/platform';
import { MailAttachmentFiles } from '../../attachments/mail-attachment-files';
import type { NotificationConfig } from '../../config';
import type { ClaimedMail, MailLogRepository } from '../mail-log.repository';
import type { RecordUndeliveredMail } from '../record-undelivered-mail/record-undelivered-mail.usecase';
import type { OutgoingMail, SmtpMailer } from '../smtp-mailer';
import { DeliverMail } from './deliver-mail.usecase';

/** The queue of one mail, kept in memory, recording what the use case decided. */
class OneMailQueue {
  mail: ClaimedMail = {
    _id: 'm-1',
    tenantId: 'org-1',
    recipientUserId: 'u-1',
    recipient: 'a@example.org',
    eventId: 'e-1',
    template: 'certhub.dossier.admissible.v1',
    language: 'fr',
    subject: 'Sujet',
    text: 'texte',
    html: '<p>html</p>',
    status: 'pending',
    attempts: 0,
    nextAttemptAt: new Date(0),
    createdAt: new Date(0),
  };
  retries: number[] = [];

  readonly repository = {
    claimDue: async (now: Date) => {
      if (this.mail.status !== 'pending' || (this.mail.nextAttemptAt as Date) > now) return null;
      this.mail = { ...this.mail, attempts: this.mail.attempts + 1 };
      return this.mail;
    },
    markSent: async (_mail: ClaimedMail, messageId: string) => {
      this.mail = { ...this.mail, status: 'sent', messageId };
    },
    scheduleRetry: async (_mail: ClaimedMail, at: Date, error: string) => {
      this.retries.push(at.getTime() - Date.now());
      // Due again at once: the test does not wait for the backoff it checks.
      this.mail = { ...this.mail, nextAttemptAt: new Date(0), error };
    },
    markFailed: async (_mail: ClaimedMail, error: string) => {
      this.mail = { ...this.mail, status: 'failed', error };
      return true;
    },
  } as unknown as MailLogRepository;
}

const smtpReply = (responseCode: number) => Object.assign(new Error(`${responseCode}`), { responseCode });

function setUp(outcomes: (Error | string)[]) {
  const queue = new OneMailQueue();
  const sent: OutgoingMail[] = [];
  const tried: OutgoingMail[] = [];
  const mailer = {
    send: async (mail: OutgoingMail) => {
      tried.push(mail);
      const outcome = outcomes.shift();
      if (outcome instanceof Error) throw outcome;
      sent.push(mail);
      return { messageId: outcome ?? '<ok>' };
    },
  } as unknown as SmtpMailer;
  const undelivered: ClaimedMail[] = [];
  const recorder = {
    execute: async (mail: ClaimedMail) => void undelivered.push(mail),
  } as RecordUndeliveredMail;
  const metrics = new Metrics('notification-test');
  const config = {
    MAIL_MAX_ATTEMPTS: 3,
    MAIL_RETRY_BASE_MS: 1_000,
    MAIL_RETRY_MAX_MS: 60_000,
    MAIL_FROM: 'certhub <no-reply@certhub.example>',
  } as NotificationConfig;
  // Mails without attachments: the files are never fetched.
  const files = new MailAttachmentFiles(config, new InternalTokens('x'.repeat(32), 'notification'));
  const sut = new DeliverMail(config, queue.repository, mailer, recorder, files, metrics);
  const count = async (outcome: string) =>
    (await metrics.registry.getSingleMetric('certhub_mail_sent_total')?.get())?.values.find(
      (v) => v.labels['outcome'] === outcome,
    )?.value ?? 0;
  return { sut, queue, sent, tried, undelivered, count };
}

describe(DeliverMail.name, () => {
  it('retries temporary failures with growing delays, then sends', async () => {
    const { sut, queue, sent, count } = setUp([smtpReply(421), smtpReply(451), '<m-1>']);
    while (await sut.deliverNext());
    expect(queue.mail).toMatchObject({ status: 'sent', attempts: 3, messageId: '<m-1>' });
    expect(queue.retries).toHaveLength(2);
    expect(queue.retries[0]).toBeGreaterThanOrEqual(800 - 50);
    expect(queue.retries[1]).toBeGreaterThanOrEqual(1_600 - 50);
    expect(sent[0]?.headers).toEqual({
      'X-Certhub-Event-Id': 'e-1',
      'X-Certhub-Template': 'certhub.dossier.admissible.v1',
    });
    expect(await count('sent')).toBe(1);
  });

  it('gives every attempt at one mail the same Message-ID, so a resend after a crash is a duplicate receivers drop', async () => {
    const { sut, tried } = setUp([smtpReply(421), '<m-1>']);
    while (await sut.deliverNext());
    expect(tried.map((m) => m.messageId)).toEqual(['<m-1@certhub.example>', '<m-1@certhub.example>']);
  });

  it('gives up at once on a permanent failure and tells the recipient in the inbox', async () => {
    const { sut, queue, undelivered, count } = setUp([smtpReply(550)]);
    while (await sut.deliverNext());
    expect(queue.mail).toMatchObject({ status: 'failed', attempts: 1, error: '550 550' });
    expect(undelivered.map((m) => m._id)).toEqual(['m-1']);
    expect(await count('failed')).toBe(1);
  });

  it('gives up after the last attempt when the failure stays temporary', async () => {
    const down = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' });
    const { sut, queue, undelivered, count } = setUp([down(), down(), down()]);
    while (await sut.deliverNext());
    expect(queue.mail).toMatchObject({ status: 'failed', attempts: 3 });
    expect(queue.retries).toHaveLength(2);
    expect(undelivered).toHaveLength(1);
    expect(await count('sent')).toBe(0);
  });
});
