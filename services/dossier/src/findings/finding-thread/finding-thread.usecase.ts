import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isApplicant } from '../../audits/audit-access';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { findingEvent, findingRef } from '../finding-events';
import { FINDING_MESSAGE_MODEL, type FindingMessageDoc } from '../finding-message.schema';
import { FindingLifecycle } from '../finding-lifecycle';
import { type RpcHandler, toPage } from '@certhub/platform';

const toMessage = (m: FindingMessageDoc) => ({
  id: m._id,
  findingId: m.findingId,
  authorId: m.authorId,
  authorSide: m.authorSide,
  body: m.body,
  at: new Date(m.at).toISOString(),
});

/**
 * One thread per finding between the applicant and the CB's analyst ("Communication",
 * docs/domain/organisation-certification.md#finding-thread), oldest first, paginated. Whoever may read the
 * finding reads its thread; the table says who may write.
 */
@Injectable()
export class FindingThread {
  constructor(
    @InjectModel(FINDING_MESSAGE_MODEL) private readonly messages: Model<FindingMessageDoc>,
    private readonly findings: FindingLifecycle,
    private readonly dossiers: DossierRepository,
  ) {}

  readonly post: RpcHandler<'dossier.findings.messages.post'> = async (principal, request) => {
    const finding = await this.findings.loadChecked(principal, request.findingId, 'post_message');
    const dossier = await this.dossiers.findVisible(principal, finding.dossierId);
    const now = new Date();
    const message: FindingMessageDoc = {
      _id: randomUUID(),
      tenantId: finding.tenantId,
      findingId: finding._id,
      dossierId: finding.dossierId,
      authorId: principal.userId,
      authorSide: isApplicant(principal) ? 'applicant' : 'certification_body',
      body: request.body,
      at: now,
      outbox: [],
    };
    message.outbox = [
      findingEvent(
        'certhub.finding.message_posted.v1',
        {
          ...findingRef(finding, dossier?.analystId),
          messageId: message._id,
          authorSide: message.authorSide,
          at: now.toISOString(),
          by: principal.userId,
        },
        finding,
        now,
      ),
    ];
    await this.messages.create(message);
    return toMessage(message);
  };

  readonly list: RpcHandler<'dossier.findings.messages.list'> = async (principal, query) => {
    const finding = await this.findings.load(principal, query.findingId);
    const filter = { tenantId: finding.cbId, findingId: finding._id };
    const [items, total] = await Promise.all([
      this.messages
        .find(filter, { outbox: 0 })
        .sort({ at: 1, _id: 1 })
        .skip((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .lean<FindingMessageDoc[]>(),
      this.messages.countDocuments(filter),
    ]);
    return toPage(items.map(toMessage), total, query);
  };
}
