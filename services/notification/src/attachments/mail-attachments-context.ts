import { Inject, Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL, type FileKind, type Principal } from '@certhub/contracts';
import { DomainError, RpcClient, SERVICE_CONFIG } from '@certhub/platform';
import type { NotificationConfig } from '../config';

/** Guides and communication packs: a PDF, or a zip of several files. */
export const MAIL_ATTACHMENT_FILE_KINDS: FileKind[] = ['pdf', 'zip'];
/** Filings replaced over the years; a deleted one stays a year, like other CB records. */
const MAX_DOCUMENTS = 200;
const RETENTION_DAYS = 365;

export const mailAttachmentsContextId = (cbId: string): string => `cb:${cbId}:mail-attachments`;

/** Mail attachments are the CB's setting: its administrators', nobody else's. */
export function requireCbAdmin(principal: Principal): string {
  if (principal.tenantType !== 'cb' || !principal.roles.includes('cb_admin'))
    throw DomainError.forbidden('only a certification body’s administrators file its mail attachments');
  return principal.tenantId;
}

/**
 * The document context a CB's mail attachments are uploaded into: its administrators write it;
 * every signed-in user reads it, because what it holds is sent to every applicant of the CB
 * anyway, and a mail whose attachment could not be joined sends the reader to the portal for it.
 */
@Injectable()
export class MailAttachmentsContext {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: NotificationConfig,
    private readonly rpc: RpcClient,
  ) {}

  async open(cbId: string): Promise<{ contextId: string; accept: FileKind[]; maxBytes: number }> {
    const contextId = mailAttachmentsContextId(cbId);
    const maxBytes = this.config.MAIL_ATTACHMENTS_MAX_BYTES;
    await this.rpc.call(
      'document.contexts.upsert',
      {
        contextId,
        kind: 'mail_attachments',
        ownerTenantId: cbId,
        readers: [],
        writers: [{ tenantType: 'cb', tenantId: cbId, roles: ['cb_admin'] }],
        closed: false,
        readableByAnyUser: true,
        rules: { accept: MAIL_ATTACHMENT_FILE_KINDS, maxBytes, maxCount: MAX_DOCUMENTS },
        retentionDays: RETENTION_DAYS,
      },
      { principal: SYSTEM_PRINCIPAL },
    );
    return { contextId, accept: MAIL_ATTACHMENT_FILE_KINDS, maxBytes };
  }
}
