import { runtimeEnv, uniqueId } from '@certhub/testing';
import mongoose, { type Connection } from 'mongoose';
import { InboxEntryRepository } from '../src/inbox/inbox-entry.repository';
import { InboxEntry, InboxEntrySchema } from '../src/inbox/inbox-entry.schema';
import { MailLogRepository, type QueuedMail } from '../src/mail/mail-log.repository';
import { MailLogEntry, MailLogSchema } from '../src/mail/mail-log.schema';

/** The queue's and the inbox's guarantees, on the real database server the services use. */
describe('mail queue and inbox on the database', () => {
  let db: Connection;
  let mails: MailLogRepository;
  let inbox: InboxEntryRepository;

  // A database per test: the queue is global, one test's pending mails must not be another's.
  beforeEach(async () => {
    db = await mongoose.createConnection(runtimeEnv().MONGO_URL, { dbName: uniqueId('nq') }).asPromise();
    const mailModel = db.model(MailLogEntry.name, MailLogSchema);
    const inboxModel = db.model(InboxEntry.name, InboxEntrySchema);
    await Promise.all([mailModel.init(), inboxModel.init()]);
    mails = new MailLogRepository(mailModel);
    inbox = new InboxEntryRepository(inboxModel);
  });
  afterEach(async () => {
    await db?.dropDatabase();
    await db?.close();
  });

  const queued = (eventId: string, recipient: string): QueuedMail => ({
    tenantId: 'org-1',
    recipientUserId: 'u-1',
    recipient,
    eventId,
    template: 'certhub.dossier.admissible.v1',
    language: 'fr',
    subject: 'Dossier d-1 : questionnaire recevable',
    text: 'texte',
    html: '<p>html</p>',
    link: 'http://localhost/portal/dossiers/d-1',
  });

  it('queues one mail per event and recipient, however often the event is handled', async () => {
    const eventId = uniqueId('e');
    expect(await mails.enqueue(queued(eventId, 'a@example.org'))).toBe(true);
    expect(await mails.enqueue(queued(eventId, 'a@example.org'))).toBe(false);
    expect(await mails.enqueue(queued(eventId, 'b@example.org'))).toBe(true);
    expect(await db.collection('mail_log').countDocuments({ eventId })).toBe(2);
  });

  it('hands a due mail to one attempt at a time and records its outcome against that attempt', async () => {
    const eventId = uniqueId('e');
    await mails.enqueue(queued(eventId, 'c@example.org'));
    const first = await mails.claimDue(new Date(Date.now() + 1_000), 60_000);
    expect(first).toMatchObject({ eventId, attempts: 1, status: 'pending', text: 'texte' });
    // Leased: nobody else gets it until the lease ends.
    expect(await mails.claimDue(new Date(Date.now() + 1_000), 60_000)).toBeNull();

    await mails.scheduleRetry(first!, new Date(Date.now() - 1), 'ECONNECTION');
    const second = await mails.claimDue(new Date(), 60_000);
    expect(second).toMatchObject({ eventId, attempts: 2, error: 'ECONNECTION' });
    // A late answer about the first attempt no longer counts.
    expect(await mails.markFailed(first!, 'too late')).toBe(false);

    await mails.markSent(second!, '<m-1@example.org>');
    const stored = await db.collection('mail_log').findOne({ eventId });
    expect(stored).toMatchObject({ status: 'sent', attempts: 2, messageId: '<m-1@example.org>' });
    expect(stored).not.toHaveProperty('html');
    expect(stored).not.toHaveProperty('text');
  });

  it('keeps one inbox entry per user and event, and filters on title and content literally', async () => {
    const entry = {
      tenantId: uniqueId('org'),
      userId: 'u-1',
      sourceId: uniqueId('e'),
      eventType: 'certhub.dossier.finding_raised.v1',
      category: 'findings' as const,
      title: 'Dossier d-1 : écart majeur NC0007 (2.3) à traiter',
      content: 'Un écart majeur a été relevé sur l’exigence 2.3.',
    };
    await inbox.add(entry);
    await inbox.add({ ...entry, title: 'changed on redelivery' });
    const page = { sort: { createdAt: -1 as const }, skip: 0, limit: 10 };
    const all = await inbox.list(entry.tenantId, 'u-1', {}, page);
    expect(all.items.map((e) => e.title)).toEqual([entry.title]);
    expect((await inbox.list(entry.tenantId, 'u-1', { title: 'nc0007 (2.3)' }, page)).total).toBe(1);
    // Regex characters in the filter are matched as text, not as a pattern.
    expect((await inbox.list(entry.tenantId, 'u-1', { content: 'exigence 2.3.' }, page)).total).toBe(1);
    expect((await inbox.list(entry.tenantId, 'u-1', { content: 'exigence 2x3' }, page)).total).toBe(0);
    // Another user of the tenant has an inbox of his own.
    expect((await inbox.list(entry.tenantId, 'u-2', {}, page)).total).toBe(0);
  });
});
