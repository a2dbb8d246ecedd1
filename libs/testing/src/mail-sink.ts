import { runtimeEnv } from './runtime';
import { waitFor } from './wait';

export interface SinkMail {
  id: string;
  subject: string;
  text?: string;
  html?: string;
  to: { address: string; name?: string }[];
  from: { address: string; name?: string }[];
  headers: Record<string, string>;
}

/** MailDev's HTTP API: what actually went over SMTP. */
export const MailSink = {
  async all(): Promise<SinkMail[]> {
    const res = await fetch(`${runtimeEnv().MAILDEV_URL}/email`);
    if (!res.ok) throw new Error(`maildev answered ${res.status}`);
    return (await res.json()) as SinkMail[];
  },

  async waitForMail(
    to: string,
    predicate: (mail: SinkMail) => boolean = () => true,
    // A ceiling, not a delay: on two cores busy with a second jest worker starting its services, a
    // mail sent through Keycloak once took more than 15 s to reach MailDev.
    timeoutMs = 60_000,
  ): Promise<SinkMail> {
    return waitFor(
      `a mail to ${to}`,
      async () => (await MailSink.all()).find((m) => m.to.some((r) => r.address === to) && predicate(m)),
      { timeoutMs, intervalMs: 200 },
    );
  },
};
