import { Inject, Injectable, Logger } from '@nestjs/common';
import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { InternalTokens, SERVICE_CONFIG } from '@certhub/platform';
import Handlebars from 'handlebars';
import type { Locale } from '../common/locale';
import type { NotificationConfig } from '../config';
import type { MailAttachmentRef } from '../mail/mail-log.schema';

export interface JoinedFile {
  filename: string;
  content: Buffer;
  contentType: string;
}

/** What a mail carries once its attachments are fetched, and the body naming those it could not. */
export interface JoinedMail {
  attachments: JoinedFile[];
  text: string;
  html: string;
}

const MISSING = {
  fr: (name: string) =>
    `Le document « ${name} » n’a pas pu être joint à ce message : retrouvez-le sur le portail.`,
  en: (name: string) =>
    `The document “${name}” could not be attached to this message: find it on the portal.`,
} satisfies Record<Locale, (name: string) => string>;

/** How long one file may take to arrive from the document service. */
const FETCH_TIMEOUT_MS = 10_000;

/**
 * Fetches a mail's attachments from the document service's internal download route, as the
 * platform (a token for the system principal). Each file is read whole before the send, up to
 * what is left of the mail's budget (MAIL_ATTACHMENTS_MAX_BYTES): a download breaking mid-way
 * would otherwise break the SMTP send, whereas here it only turns that file into a line naming it.
 * A file over budget, gone or unreachable is such a line too: the mail itself always goes.
 */
@Injectable()
export class MailAttachmentFiles {
  private readonly logger = new Logger(MailAttachmentFiles.name);

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationConfig,
    private readonly tokens: InternalTokens,
  ) {}

  async join(mail: {
    _id: string;
    language: Locale;
    text: string;
    html: string;
    attachments?: MailAttachmentRef[];
  }): Promise<JoinedMail> {
    const attachments: JoinedFile[] = [];
    const missing: string[] = [];
    let budget = this.config.MAIL_ATTACHMENTS_MAX_BYTES;
    for (const ref of mail.attachments ?? []) {
      const file = ref.size <= budget ? await this.fetch(ref, budget, mail._id) : undefined;
      if (file) {
        attachments.push(file);
        budget -= file.content.length;
      } else missing.push(ref.name);
    }
    if (missing.length === 0) return { attachments, text: mail.text, html: mail.html };
    const lines = missing.map(MISSING[mail.language]);
    const paragraphs = lines.map((line) => `<p>${Handlebars.escapeExpression(line)}</p>`).join('');
    const end = mail.html.lastIndexOf('</body>');
    return {
      attachments,
      text: `${mail.text}\n\n${lines.join('\n')}`,
      html: end < 0 ? mail.html + paragraphs : mail.html.slice(0, end) + paragraphs + mail.html.slice(end),
    };
  }

  private async fetch(
    ref: MailAttachmentRef,
    budget: number,
    mailId: string,
  ): Promise<JoinedFile | undefined> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
    try {
      const res = await fetch(
        `${this.config.DOCUMENT_URL}/internal/documents/${encodeURIComponent(ref.documentId)}/content`,
        {
          headers: { authorization: `Bearer ${await this.tokens.sign('document', SYSTEM_PRINCIPAL)}` },
          signal: abort.signal,
        },
      );
      if (res.status !== 200 || !res.body) {
        await res.body?.cancel();
        throw new Error(`the document service answered ${res.status}`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        size += (chunk as Uint8Array).length;
        // A newer version than the one filed may be larger: the budget still holds.
        if (size > budget) throw new Error(`over the mail's attachment budget (${budget} bytes left)`);
        chunks.push(Buffer.from(chunk as Uint8Array));
      }
      return {
        filename: ref.name,
        content: Buffer.concat(chunks),
        contentType: res.headers.get('content-type') ?? 'application/octet-stream',
      };
    } catch (error) {
      this.logger.warn(`mail ${mailId}: document ${ref.documentId} goes as a line: ${String(error)}`);
      return undefined;
    } finally {
      clearTimeout(timer);
      abort.abort();
    }
  }
}
