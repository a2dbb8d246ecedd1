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

/** MailSink.waitForMail's ceiling: a mail sent through Keycloak once took more than 15 s to reach MailDev. */
const MAIL_CEILING_MS = 60_000;

/**
 * The timeout for a test that waits for a mail: its ceiling plus room for the steps around it, since
 * jest's default (60 s) is the ceiling alone and CI once ran out of it in such a test.
 */
export const MAIL_TEST_TIMEOUT_MS = MAIL_CEILING_MS + 90_000;

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
    // A ceiling, not a delay (two cores busy with a second jest worker starting its services).
    timeoutMs = MAIL_CEILING_MS,
  ): Promise<SinkMail> {
    return waitFor(
      `a mail to ${to}`,
      async () => (await MailSink.all()).find((m) => m.to.some((r) => r.address === to) && predicate(m)),
      { timeoutMs, intervalMs: 200 },
    );
  },
};
