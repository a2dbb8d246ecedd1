import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { MailAttachmentKind } from '@certhub/contracts';
import { DomainError, TenantRepository } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import type { FilterQuery, Model } from 'mongoose';
import { MailAttachmentRecord } from './mail-attachment.schema';

/** The most documents one mail carries: each is fetched when the mail is sent. */
export const MAX_ATTACHMENTS_PER_MAIL = 10;

@Injectable()
export class MailAttachmentRepository extends TenantRepository<MailAttachmentRecord> {
  constructor(@InjectModel(MailAttachmentRecord.name) model: Model<MailAttachmentRecord>) {
    super(model);
  }

  /** 409 when the document is already filed for this mail, or the mail holds its maximum. */
  async add(attachment: Omit<MailAttachmentRecord, '_id' | 'createdAt'>): Promise<MailAttachmentRecord> {
    const { tenantId, schemeId, mailKind } = attachment;
    const count = await this.model.countDocuments(this.scoped(tenantId, { schemeId, mailKind }));
    if (count >= MAX_ATTACHMENTS_PER_MAIL)
      throw DomainError.conflict(
        `the ${mailKind} mail of scheme ${schemeId} already carries ${MAX_ATTACHMENTS_PER_MAIL} documents`,
      );
    const record = { ...attachment, _id: randomUUID(), createdAt: new Date() };
    try {
      await this.model.create(record);
    } catch (error) {
      if ((error as { code?: number }).code === 11000)
        throw DomainError.conflict(`document ${attachment.documentId} is already attached to this mail`);
      throw error;
    }
    return record;
  }

  async list(
    tenantId: string,
    filter: { schemeId?: string; mailKind?: MailAttachmentKind },
    page: { skip: number; limit: number },
  ): Promise<{ items: MailAttachmentRecord[]; total: number }> {
    const query: FilterQuery<MailAttachmentRecord> = this.scoped(tenantId);
    if (filter.schemeId) query.schemeId = filter.schemeId;
    if (filter.mailKind) query.mailKind = filter.mailKind;
    const [items, total] = await Promise.all([
      this.model
        .find(query)
        .sort({ schemeId: 1, mailKind: 1, createdAt: 1, _id: 1 })
        .skip(page.skip)
        .limit(page.limit)
        .lean<MailAttachmentRecord[]>(),
      this.model.countDocuments(query),
    ]);
    return { items, total };
  }

  /** What one mail of one scheme carries, in the order filed. */
  forMail(tenantId: string, schemeId: string, mailKind: MailAttachmentKind): Promise<MailAttachmentRecord[]> {
    return this.model
      .find(this.scoped(tenantId, { schemeId, mailKind }))
      .sort({ createdAt: 1, _id: 1 })
      .limit(MAX_ATTACHMENTS_PER_MAIL)
      .lean<MailAttachmentRecord[]>();
  }

  /** The removed filing, or null when the CB has none of that id. */
  remove(tenantId: string, id: string): Promise<MailAttachmentRecord | null> {
    return this.model.findOneAndDelete(this.scoped(tenantId, { _id: id })).lean<MailAttachmentRecord>();
  }
}
