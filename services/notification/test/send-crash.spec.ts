import { MailSink, runtimeEnv, waitFor, type ServiceProcess } from '@certhub/testing';
import type { Connection } from 'mongoose';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { ORG, dossierJourney } from './support/journey-events';
import { NotificationHarness } from './support/notification-harness';

const LEASE_MS = 1_500;

/**
 * The notification service dies between the SMTP send and recording it (kill -9 at the worst
 * moment: the relay has the message, the service never hears its 250). The mail is sent again once
 * the lease runs out, by the restarted process, with the same Message-ID: the recipient's server
 * keeps one copy. A proxy in front of the real SMTP sink (MailDev) makes the moment exact: it
 * passes the message on and kills the service before passing the relay's answer back.
 */
describe('a mail whose sender dies mid-send', () => {
  let h: NotificationHarness;
  let notification: ServiceProcess | undefined;
  let proxy: Server;
  let killOnNextMessage = true;
  let db: Connection;

  const start = async (smtpPort: number) =>
    h.startNotification({
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_LEASE_MS: String(LEASE_MS),
      MAIL_POLL_INTERVAL_MS: '100',
    });

  beforeAll(async () => {
    h = await NotificationHarness.start(['gateway', 'identity']);
    const relay = new URL(runtimeEnv().SMTP_URL);
    proxy = createServer((client: Socket) => {
      const upstream = connect(Number(relay.port), relay.hostname);
      let data = '';
      let messageEnded = false;
      client.on('data', (chunk: Buffer) => {
        data += chunk.toString('latin1');
        if (/\r\n\.\r\n/.test(data)) messageEnded = true;
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => {
        if (messageEnded && killOnNextMessage && notification) {
          // The relay accepted the message: the sender dies before it hears so.
          killOnNextMessage = false;
          notification.process.kill('SIGKILL');
          client.destroy();
          upstream.destroy();
          return;
        }
        client.write(chunk);
      });
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    notification = await start((proxy.address() as { port: number }).port);
    db = await h.notificationDb();
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await notification?.stop();
    proxy?.close();
    await h?.stop();
  });

  it('is sent again after the lease by the restarted service, with the same Message-ID', async () => {
    const j = dossierJourney();
    const event = await h.publish('certhub.dossier.admissible.v1', j.admissible, ORG);
    const log = db.collection<{ eventId: string; recipient: string; status: string; attempts: number }>(
      'mail_log',
    );
    await waitFor('the service to die mid-send', async () =>
      !killOnNextMessage && notification?.process.signalCode === 'SIGKILL' ? true : undefined,
    );
    const [victim] = await log.find({ eventId: event.id, attempts: 1 }).toArray();
    expect(victim).toMatchObject({ status: 'pending' });

    notification = await start((proxy.address() as { port: number }).port);
    const sent = await waitFor(
      'the mail to be sent again and recorded',
      async () => {
        const mail = await log.findOne({ eventId: event.id, recipient: victim!.recipient });
        return mail?.status === 'sent' ? mail : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(sent.attempts).toBe(2);

    const copies = await waitFor('both copies in the sink', async () => {
      const all = (await MailSink.all()).filter(
        (m) =>
          m.headers['x-certhub-event-id'] === event.id && m.to.some((r) => r.address === victim!.recipient),
      );
      return all.length >= 2 ? all : undefined;
    });
    expect(copies).toHaveLength(2);
    const ids = copies.map((m) => m.headers['message-id']);
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBe(ids[0]);
  });
});
