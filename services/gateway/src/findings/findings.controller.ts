import { Controller, Get, Post, Put } from '@nestjs/common';
import type { RpcResponse as R } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput as I } from '../http/endpoint';
import { forward } from '../http/forward';

const tag = 'findings';
const APPLICANT = ['org_admin' as const, 'org_member' as const];

/**
 * The batch send concerns the dossier's findings together
 * (docs/domain/organisation-certification.md#ready-items-and-batch-send).
 */
@Controller('api/v1/dossiers/:dossierId/findings')
export class DossierFindingsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('send')
  @Endpoint({
    rpc: 'dossier.findings.send',
    tag,
    roles: APPLICANT,
    summary:
      'Send every corrective measure (or proof) marked ready, across the dossier’s findings, in one batch',
  })
  send(@Input() input: I<'dossier.findings.send'>): Promise<R<'dossier.findings.send'>> {
    return forward(this.rpc, 'dossier.findings.send', input);
  }
}

/**
 * Non-conformities and their corrective measures (MC) and material proofs (PM):
 * docs/domain/organisation-certification.md#audit-findings.
 */
@Controller('api/v1/findings')
export class FindingsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Endpoint({
    rpc: 'dossier.findings.search',
    tag,
    summary: 'Findings: open or closed, by requirement, severity, dossier, audit, overdue',
  })
  search(@Input() input: I<'dossier.findings.search'>): Promise<R<'dossier.findings.search'>> {
    return forward(this.rpc, 'dossier.findings.search', input);
  }

  @Get(':findingId')
  @Endpoint({ rpc: 'dossier.findings.get', tag, summary: 'One finding with its items and trail' })
  get(@Input() input: I<'dossier.findings.get'>): Promise<R<'dossier.findings.get'>> {
    return forward(this.rpc, 'dossier.findings.get', input);
  }

  @Post(':findingId/confirmation')
  @Endpoint({
    rpc: 'dossier.findings.confirm',
    tag,
    roles: ['analyst'],
    summary: 'Confirm a recorded finding',
  })
  confirm(@Input() input: I<'dossier.findings.confirm'>): Promise<R<'dossier.findings.confirm'>> {
    return forward(this.rpc, 'dossier.findings.confirm', input);
  }

  @Post(':findingId/rejection')
  @Endpoint({ rpc: 'dossier.findings.reject', tag, roles: ['analyst'], summary: 'Reject a recorded finding' })
  reject(@Input() input: I<'dossier.findings.reject'>): Promise<R<'dossier.findings.reject'>> {
    return forward(this.rpc, 'dossier.findings.reject', input);
  }

  @Post(':findingId/measures-request')
  @Endpoint({
    rpc: 'dossier.findings.request-measures',
    tag,
    roles: ['analyst'],
    summary: 'Ask the applicant for corrective measures',
  })
  requestMeasures(
    @Input() input: I<'dossier.findings.request-measures'>,
  ): Promise<R<'dossier.findings.request-measures'>> {
    return forward(this.rpc, 'dossier.findings.request-measures', input);
  }

  @Post(':findingId/proofs-request')
  @Endpoint({
    rpc: 'dossier.findings.request-proofs',
    tag,
    roles: ['analyst'],
    summary:
      'Ask for material proofs (after accepted measures, or directly when agreed at the closing meeting)',
  })
  requestProofs(
    @Input() input: I<'dossier.findings.request-proofs'>,
  ): Promise<R<'dossier.findings.request-proofs'>> {
    return forward(this.rpc, 'dossier.findings.request-proofs', input);
  }

  @Post(':findingId/items')
  @Endpoint({
    rpc: 'dossier.findings.items.add',
    tag,
    status: 201,
    roles: APPLICANT,
    summary: 'Draft a corrective measure or a material proof',
  })
  addItem(@Input() input: I<'dossier.findings.items.add'>): Promise<R<'dossier.findings.items.add'>> {
    return forward(this.rpc, 'dossier.findings.items.add', input);
  }

  @Put(':findingId/items/:itemId')
  @Endpoint({
    rpc: 'dossier.findings.items.edit',
    tag,
    roles: APPLICANT,
    summary: 'Edit a draft (or an item sent back for clarification)',
  })
  editItem(@Input() input: I<'dossier.findings.items.edit'>): Promise<R<'dossier.findings.items.edit'>> {
    return forward(this.rpc, 'dossier.findings.items.edit', input);
  }

  @Put(':findingId/items/:itemId/ready')
  @Endpoint({
    rpc: 'dossier.findings.items.set-ready',
    tag,
    roles: APPLICANT,
    summary: 'Mark an item ready to send, or back to draft',
  })
  setReady(
    @Input() input: I<'dossier.findings.items.set-ready'>,
  ): Promise<R<'dossier.findings.items.set-ready'>> {
    return forward(this.rpc, 'dossier.findings.items.set-ready', input);
  }

  @Post(':findingId/items/:itemId/review')
  @Endpoint({
    rpc: 'dossier.findings.items.review',
    tag,
    roles: ['analyst'],
    summary: 'Accept a sent item or ask for its clarification',
  })
  review(@Input() input: I<'dossier.findings.items.review'>): Promise<R<'dossier.findings.items.review'>> {
    return forward(this.rpc, 'dossier.findings.items.review', input);
  }

  @Get(':findingId/messages')
  @Endpoint({
    rpc: 'dossier.findings.messages.list',
    tag,
    summary: 'The finding’s message thread, oldest first',
  })
  messages(
    @Input() input: I<'dossier.findings.messages.list'>,
  ): Promise<R<'dossier.findings.messages.list'>> {
    return forward(this.rpc, 'dossier.findings.messages.list', input);
  }

  @Post(':findingId/messages')
  @Endpoint({
    rpc: 'dossier.findings.messages.post',
    tag,
    status: 201,
    roles: [...APPLICANT, 'analyst', 'cb_admin'],
    summary: 'Post a message on the finding’s thread (applicant ⇄ analyst)',
  })
  post(@Input() input: I<'dossier.findings.messages.post'>): Promise<R<'dossier.findings.messages.post'>> {
    return forward(this.rpc, 'dossier.findings.messages.post', input);
  }
}
