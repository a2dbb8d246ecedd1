import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { DomainError, RpcClient, skipOf, toPage, type RpcHandler } from '@certhub/platform';
import { toMailAttachmentResponse } from './mail-attachment.mapper';
import { MailAttachmentRepository } from './mail-attachment.repository';
import { MailAttachmentsContext, mailAttachmentsContextId, requireCbAdmin } from './mail-attachments-context';

/** The CB's upload context, registered (or refreshed) on each call. */
@Injectable()
export class OpenMailAttachmentsContext {
  constructor(private readonly context: MailAttachmentsContext) {}

  readonly execute: RpcHandler<'notification.mail-attachments.context'> = (principal) =>
    this.context.open(requireCbAdmin(principal));
}

/**
 * Files an uploaded document for one mail of one scheme: it must live in the CB's own
 * mail-attachments context and have passed the scan (the document service says so).
 */
@Injectable()
export class AddMailAttachment {
  constructor(
    private readonly rpc: RpcClient,
    private readonly attachments: MailAttachmentRepository,
  ) {}

  readonly execute: RpcHandler<'notification.mail-attachments.add'> = async (principal, request) => {
    const cbId = requireCbAdmin(principal);
    const { errors } = await this.rpc.call(
      'document.documents.check',
      {
        references: [
          {
            field: 'documentId',
            documentId: request.documentId,
            contextId: mailAttachmentsContextId(cbId),
            ownerTenantId: cbId,
          },
        ],
      },
      { principal: SYSTEM_PRINCIPAL },
    );
    if (errors.length > 0) throw DomainError.invalid(errors);
    const document = await this.rpc.call(
      'document.documents.get',
      { documentId: request.documentId },
      { principal: SYSTEM_PRINCIPAL },
    );
    const record = await this.attachments.add({
      tenantId: cbId,
      schemeId: request.schemeId,
      mailKind: request.mailKind,
      documentId: document.documentId,
      name: document.name,
      size: document.size,
      createdBy: principal.userId,
    });
    return toMailAttachmentResponse(record);
  };
}

@Injectable()
export class ListMailAttachments {
  constructor(private readonly attachments: MailAttachmentRepository) {}

  readonly execute: RpcHandler<'notification.mail-attachments.list'> = async (principal, query) => {
    const { items, total } = await this.attachments.list(
      requireCbAdmin(principal),
      { schemeId: query.schemeId, mailKind: query.mailKind },
      { skip: skipOf(query), limit: query.pageSize },
    );
    return toPage(items.map(toMailAttachmentResponse), total, query);
  };
}

@Injectable()
export class RemoveMailAttachment {
  constructor(private readonly attachments: MailAttachmentRepository) {}

  readonly execute: RpcHandler<'notification.mail-attachments.remove'> = async (principal, request) => {
    const removed = await this.attachments.remove(requireCbAdmin(principal), request.attachmentId);
    if (!removed) throw DomainError.notFound(`mail attachment ${request.attachmentId}`);
    return toMailAttachmentResponse(removed);
  };
}
