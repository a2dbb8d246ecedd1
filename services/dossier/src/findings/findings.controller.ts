import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { RpcPayload as P, RpcResponse as R } from '@certhub/contracts';
import { requirePrincipal } from '../dossiers/dossier-access';
import { DeclareFindingsRecorded } from './declare-findings-recorded/declare-findings-recorded.usecase';
import { EditItems } from './edit-items/edit-items.usecase';
import { FindingThread } from './finding-thread/finding-thread.usecase';
import { InstructFinding } from './instruct-finding/instruct-finding.usecase';
import { RecordFinding } from './record-finding/record-finding.usecase';
import { ReviewItem } from './review-item/review-item.usecase';
import { SearchFindings } from './search-findings/search-findings.usecase';
import { SendItems } from './send-items/send-items.usecase';

/** NATS handlers; payloads arrive validated against libs/contracts by RpcContextInterceptor. */
@Controller()
export class FindingsController {
  constructor(
    private readonly recordFinding: RecordFinding,
    private readonly declareRecorded: DeclareFindingsRecorded,
    private readonly instruct: InstructFinding,
    private readonly items: EditItems,
    private readonly review: ReviewItem,
    private readonly sendItems: SendItems,
    private readonly thread: FindingThread,
    private readonly searchFindings: SearchFindings,
  ) {}

  @MessagePattern('dossier.findings.record')
  record(@Payload() r: P<'dossier.findings.record'>): Promise<R<'dossier.findings.record'>> {
    return this.recordFinding.execute(requirePrincipal(), r);
  }

  @MessagePattern('dossier.audits.findings-recorded')
  findingsRecorded(
    @Payload() r: P<'dossier.audits.findings-recorded'>,
  ): Promise<R<'dossier.audits.findings-recorded'>> {
    return this.declareRecorded.execute(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.get')
  get(@Payload() r: P<'dossier.findings.get'>): Promise<R<'dossier.findings.get'>> {
    return this.searchFindings.get(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.search')
  search(@Payload() r: P<'dossier.findings.search'>): Promise<R<'dossier.findings.search'>> {
    return this.searchFindings.execute(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.confirm')
  confirm(@Payload() r: P<'dossier.findings.confirm'>): Promise<R<'dossier.findings.confirm'>> {
    return this.instruct.confirm(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.reject')
  reject(@Payload() r: P<'dossier.findings.reject'>): Promise<R<'dossier.findings.reject'>> {
    return this.instruct.reject(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.request-measures')
  requestMeasures(
    @Payload() r: P<'dossier.findings.request-measures'>,
  ): Promise<R<'dossier.findings.request-measures'>> {
    return this.instruct.requestMeasures(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.request-proofs')
  requestProofs(
    @Payload() r: P<'dossier.findings.request-proofs'>,
  ): Promise<R<'dossier.findings.request-proofs'>> {
    return this.instruct.requestProofs(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.items.add')
  addItem(@Payload() r: P<'dossier.findings.items.add'>): Promise<R<'dossier.findings.items.add'>> {
    return this.items.add(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.items.edit')
  editItem(@Payload() r: P<'dossier.findings.items.edit'>): Promise<R<'dossier.findings.items.edit'>> {
    return this.items.edit(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.items.set-ready')
  setReady(
    @Payload() r: P<'dossier.findings.items.set-ready'>,
  ): Promise<R<'dossier.findings.items.set-ready'>> {
    return this.items.setReady(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.items.review')
  reviewItem(@Payload() r: P<'dossier.findings.items.review'>): Promise<R<'dossier.findings.items.review'>> {
    return this.review.execute(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.send')
  send(@Payload() r: P<'dossier.findings.send'>): Promise<R<'dossier.findings.send'>> {
    return this.sendItems.execute(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.messages.post')
  post(@Payload() r: P<'dossier.findings.messages.post'>): Promise<R<'dossier.findings.messages.post'>> {
    return this.thread.post(requirePrincipal(), r);
  }

  @MessagePattern('dossier.findings.messages.list')
  messages(@Payload() r: P<'dossier.findings.messages.list'>): Promise<R<'dossier.findings.messages.list'>> {
    return this.thread.list(requirePrincipal(), r);
  }
}
