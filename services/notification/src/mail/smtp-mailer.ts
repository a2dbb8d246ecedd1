import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HealthRegistry, SERVICE_CONFIG } from '@certhub/platform';
import { createTransport, type Transporter } from 'nodemailer';
import type { NotificationConfig } from '../config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** Set by the caller so that every attempt at one mail carries the same Message-ID. */
  messageId?: string;
}

/** SMTP delivery through one pooled transport; readiness checks the server greets us. */
@Injectable()
export class SmtpMailer implements OnModuleInit, OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: Pick<NotificationConfig, 'SMTP_URL' | 'MAIL_FROM'>,
    private readonly health: HealthRegistry,
  ) {
    // A pooled transport reuses SMTP connections across mails instead of one handshake each.
    // Short timeouts: a server that does not answer is a temporary failure to retry later, and a
    // send must end well within the dispatcher's lease on the mail.
    this.transport = createTransport(
      `${config.SMTP_URL}${config.SMTP_URL.includes('?') ? '&' : '?'}pool=true&maxConnections=4` +
        '&connectionTimeout=10000&greetingTimeout=10000&socketTimeout=30000',
    );
  }

  onModuleInit(): void {
    // Mails wait in the log and are retried with backoff: the inbox keeps working without SMTP.
    this.health.register({
      name: 'smtp',
      critical: false,
      check: async () => void (await this.transport.verify()),
    });
  }

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const info = (await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail })) as {
      messageId: string;
    };
    return { messageId: info.messageId };
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
