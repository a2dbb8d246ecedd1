import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { AssignDossier } from '../assign-dossier/assign-dossier.usecase';

/**
 * cb_admin's bulk assignment from the work queue: the analyst is checked once (an invalid one refuses
 * the whole request), then each dossier is assigned on its own, so that one dossier in a state that
 * refuses assignment, or gone from the caller's scope, does not undo the others.
 */
@Injectable()
export class AssignDossiers {
  constructor(private readonly single: AssignDossier) {}

  readonly execute: RpcHandler<'dossier.dossiers.assign-many'> = async (principal, request) => {
    await this.single.requireAnalyst(principal, request.analystId);
    const items = [];
    // One after the other: each is a versioned write with its own retry; in parallel they would
    // only compete for the same CB's outbox relay.
    for (const dossierId of request.dossierIds) {
      try {
        const dossier = await this.single.assign(principal, dossierId, request.analystId);
        items.push({ dossierId, assigned: true, dossier });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        items.push({ dossierId, assigned: false, error: { code: error.code, message: error.message } });
      }
    }
    return { items };
  };
}
