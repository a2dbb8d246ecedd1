import { Controller, Get, Post } from '@nestjs/common';
import type { RpcResponse as R } from '@certhub/contracts';
import { RpcClient } from '@certhub/platform';
import { Endpoint, Input, type EndpointInput as I } from '../http/endpoint';
import { forward } from '../http/forward';

const tag = 'audits';

/**
 * Audits ("interventions", docs/domain/organisation-certification.md#audits-interventions): plan under the
 * dossier, then act on the audit itself.
 */
@Controller('api/v1/dossiers/:dossierId/audits')
export class DossierAuditsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Endpoint({
    rpc: 'dossier.audits.plan',
    tag,
    status: 201,
    roles: ['cb_admin', 'analyst'],
    summary: 'Plan an audit: type, dates and auditors of the CB (an auditor is never booked twice at once)',
  })
  plan(@Input() input: I<'dossier.audits.plan'>): Promise<R<'dossier.audits.plan'>> {
    return forward(this.rpc, 'dossier.audits.plan', input);
  }
}

@Controller('api/v1/audits')
export class AuditsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Endpoint({
    rpc: 'dossier.audits.search',
    tag,
    summary: 'Interventions: past or upcoming, by auditor, type, dates or dossier',
  })
  search(@Input() input: I<'dossier.audits.search'>): Promise<R<'dossier.audits.search'>> {
    return forward(this.rpc, 'dossier.audits.search', input);
  }

  @Get('upcoming')
  @Endpoint({
    rpc: 'dossier.audits.upcoming',
    tag,
    summary: 'Upcoming interventions: planned audits starting within the scheme’s horizon (30 days)',
  })
  upcoming(@Input() input: I<'dossier.audits.upcoming'>): Promise<R<'dossier.audits.upcoming'>> {
    return forward(this.rpc, 'dossier.audits.upcoming', input);
  }

  @Get(':auditId')
  @Endpoint({ rpc: 'dossier.audits.get', tag, summary: 'One audit' })
  get(@Input() input: I<'dossier.audits.get'>): Promise<R<'dossier.audits.get'>> {
    return forward(this.rpc, 'dossier.audits.get', input);
  }

  @Post(':auditId/reschedule')
  @Endpoint({
    rpc: 'dossier.audits.reschedule',
    tag,
    roles: ['cb_admin', 'analyst'],
    summary: 'Move a planned audit to other dates (or auditors) before it starts',
  })
  reschedule(@Input() input: I<'dossier.audits.reschedule'>): Promise<R<'dossier.audits.reschedule'>> {
    return forward(this.rpc, 'dossier.audits.reschedule', input);
  }

  @Post(':auditId/cancellation')
  @Endpoint({
    rpc: 'dossier.audits.cancel',
    tag,
    roles: ['cb_admin', 'analyst'],
    summary: 'Cancel a planned audit before it starts',
  })
  cancel(@Input() input: I<'dossier.audits.cancel'>): Promise<R<'dossier.audits.cancel'>> {
    return forward(this.rpc, 'dossier.audits.cancel', input);
  }

  @Post(':auditId/completion')
  @Endpoint({
    rpc: 'dossier.audits.complete',
    tag,
    roles: ['auditor'],
    summary: 'File the audit report (a booked auditor, once the audit has started)',
  })
  complete(@Input() input: I<'dossier.audits.complete'>): Promise<R<'dossier.audits.complete'>> {
    return forward(this.rpc, 'dossier.audits.complete', input);
  }

  @Post(':auditId/findings')
  @Endpoint({
    rpc: 'dossier.findings.record',
    tag,
    status: 201,
    roles: ['auditor'],
    summary: 'Record a non-conformity of the audit (flagged late after the scheme’s deadline)',
  })
  record(@Input() input: I<'dossier.findings.record'>): Promise<R<'dossier.findings.record'>> {
    return forward(this.rpc, 'dossier.findings.record', input);
  }

  @Post(':auditId/findings-recorded')
  @Endpoint({
    rpc: 'dossier.audits.findings-recorded',
    tag,
    roles: ['auditor'],
    summary: 'Declare every finding of the audit recorded: the dossier moves to findings or to decision',
  })
  findingsRecorded(
    @Input() input: I<'dossier.audits.findings-recorded'>,
  ): Promise<R<'dossier.audits.findings-recorded'>> {
    return forward(this.rpc, 'dossier.audits.findings-recorded', input);
  }
}
