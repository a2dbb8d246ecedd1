import { Injectable } from '@nestjs/common';
import { dossierNotFound } from '../../lifecycle/dossier-access';
import { toTrailResponse } from '../../dossiers/dossier.mapper';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import { type RpcHandler } from '@certhub/platform';

/**
 * The audit trail (docs/domain/records-and-retention.md#audit-trail): who, when, what, before/after; newest
 * first.
 */
@Injectable()
export class GetTrail {
  constructor(private readonly dossiers: DossierRepository) {}

  readonly execute: RpcHandler<'dossier.dossiers.trail'> = async (principal, request) => {
    const found = await this.dossiers.trail(principal, request.dossierId, request);
    if (!found) throw dossierNotFound(request.dossierId);
    return { ...found, items: found.items.map(toTrailResponse) };
  };
}
