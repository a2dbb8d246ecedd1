import type { CloudEvent, EventPayload, EventType, Principal } from '@certhub/contracts';
import {
  MailSink,
  StackHarness,
  passwordToken,
  startService,
  uniqueId,
  waitFor,
  type ServiceProcess,
  type SinkMail,
} from '@certhub/testing';
import type { Connection } from 'mongoose';

/** Differs from the default, and Keycloak accepts it as the identity service's redirect. */
export const PORTAL = 'http://localhost/portal';
export const CB_BRAND = {
  name: 'CertHub Démo Certification',
  colour: '#8a1538',
  logoUrl: 'https://cdn.certhub.test/cb-demo.png',
};

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

/**
 * A private stack (its own NATS and databases) with the services named, a test client that
 * publishes events to its JetStream and calls its services, and the gateway's API with real tokens.
 */
export class NotificationHarness extends StackHarness {
  private readonly tokens = new Map<string, { token: Promise<string>; at: number }>();

  static async start(services: string[], env: Record<string, string> = {}): Promise<NotificationHarness> {
    return new NotificationHarness(
      await StackHarness.open(services, {
        PUBLIC_PORTAL_URL: PORTAL,
        MAIL_BRANDING: JSON.stringify({ cbs: { 'cb-demo': CB_BRAND } }),
        MAIL_POLL_INTERVAL_MS: '200',
        ...env,
      }),
    );
  }

  /** A notification process of the test's own (its SMTP and timings) on this stack. */
  startNotification(env: Record<string, string>, options?: { waitReady?: boolean }): Promise<ServiceProcess> {
    return startService('notification', { ...this.serviceEnv, PUBLIC_PORTAL_URL: PORTAL, ...env }, options);
  }

  /** The notification service's own database, where its mail log is read. */
  notificationDb(): Promise<Connection> {
    return this.database('notification');
  }

  get gateway(): ServiceProcess {
    return this.stack.service('gateway');
  }

  /** Publishes an event as its producer's outbox relay would (`Nats-Msg-Id` = event id). */
  async publish<K extends EventType>(type: K, data: EventPayload<K>, tenantId: string): Promise<CloudEvent> {
    return (await this.bus.emit(type, data, { source: 'certhub/test', tenantId })).event;
  }

  /** The same CloudEvent again under another `Nats-Msg-Id`: JetStream keeps it, consumers see it twice. */
  async redeliver(event: CloudEvent): Promise<void> {
    await this.bus.publish(event, `${event.id}-again`);
  }

  /**
   * A realm demo user's access token, renewed before Keycloak's five-minute lifespan runs out. One
   * request per user at a time: parallel logins of one user are what brute-force detection counts.
   */
  token(email: string): Promise<string> {
    const cached = this.tokens.get(email);
    if (cached && Date.now() - cached.at < 240_000) return cached.token;
    const token = passwordToken(email);
    this.tokens.set(email, { token, at: Date.now() });
    token.catch(() => this.tokens.delete(email));
    return token;
  }

  async api<T = unknown>(email: string, method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> {
    const res = await fetch(`${this.gateway.url}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.token(email)}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as T };
  }

  async principal(email: string): Promise<Principal> {
    const { status, body } = await this.api<Principal>(email, 'GET', '/me');
    if (status !== 200) throw new Error(`/me for ${email} answered ${status}`);
    return body;
  }

  /** Invites a user with a unique address into the admin's tenant; answers the new user's id and address. */
  async invite(
    adminEmail: string,
    user: { role: string; locale: 'fr' | 'en'; firstName: string; lastName: string },
  ): Promise<{ id: string; email: string }> {
    const email = `${uniqueId(user.firstName.toLowerCase())}@example.org`;
    const { status, body } = await this.api<{ id: string }>(adminEmail, 'POST', '/users', { ...user, email });
    if (status !== 201) throw new Error(`inviting ${email} answered ${status}: ${JSON.stringify(body)}`);
    return { id: body.id, email };
  }
}

/** The notification mails a recipient received (not Keycloak's own), optionally only some of them. */
export async function mailsTo(address: string, where: MailFilter = () => true): Promise<SinkMail[]> {
  return (await MailSink.all()).filter(
    (mail) =>
      mail.to.some((r) => r.address === address) &&
      mail.headers['x-certhub-event-id'] !== undefined &&
      where(mail),
  );
}

export type MailFilter = (mail: SinkMail) => boolean;
/** Mails whose subject names this dossier (or certificate). */
export const about =
  (text: string): MailFilter =>
  (mail) =>
    mail.subject.includes(text);
/** Mails about anything but the invitations of users into the tenant. */
export const notInvitation: MailFilter = (mail) =>
  mail.headers['x-certhub-template'] !== 'certhub.user.invited.v1';

/** Waits until the recipient has received at least `count` notification mails matching the filter. */
export function waitForMails(
  address: string,
  count: number,
  where: MailFilter = () => true,
): Promise<SinkMail[]> {
  return waitFor(
    `${count} mail(s) to ${address}`,
    async () => {
      const mails = await mailsTo(address, where);
      return mails.length >= count ? mails : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
}
