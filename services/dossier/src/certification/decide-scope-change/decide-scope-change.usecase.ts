import { Injectable } from '@nestjs/common';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../../dossiers/dossier-command';
import { type RpcHandler } from '@certhub/platform';

const REVIEW = { no_action: null, documentary_review: 'documentary', extra_audit: 'on_site' } as const;

/**
 * The analyst decides what a declared change of scope takes
 * (docs/domain/organisation-certification.md#change-of-scope): nothing, a documentary review or an extra
 * audit (then planned like a complementary one).
 */
@Injectable()
export class DecideScopeChange {
  constructor(private readonly lifecycle: DossierLifecycle) {}

  readonly execute: RpcHandler<'dossier.scope-changes.decide'> = (principal, request) =>
    dossierCommand(this.lifecycle, principal, request, 'decide_scope_change', (_, now) => ({
      $set: {
        'scopeChange.status': 'decided',
        'scopeChange.outcome': request.outcome,
        'scopeChange.decidedAt': now,
        'scopeChange.decidedBy': principal.userId,
        'scopeChange.reason': request.reason,
        complementaryRequested: REVIEW[request.outcome],
      },
      what: `change of scope decided: ${request.outcome}: ${request.reason}`,
      before: { scopeChange: 'pending' },
      after: { outcome: request.outcome },
    }));
}
