import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { candidacyEvent } from '../../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { CandidateFiles } from '../../candidacy/candidate-files';
import { CandidateRepository } from '../../candidacy/candidate.repository';
import { IdentityDirectory } from '../../candidacy/identity-directory';
import { TransferLifecycle } from '../transfer-lifecycle';
import { toTransferResponse } from '../transfer.mapper';
import type { TransferView } from '../transfer.schema';
import { type RpcHandler } from '@certhub/platform';

/**
 * The candidate's certifier accepts (the dossier moves to the requesting establishment, through the
 * candidacy table: a dossier gone to the jury meanwhile is refused with 409) or refuses with a reason.
 * The candidate moves before the request is marked accepted, so a retry after a failure finishes the move.
 */
@Injectable()
export class DecideTransfer {
  constructor(
    private readonly transfers: TransferLifecycle,
    private readonly candidacies: CandidacyLifecycle,
    private readonly candidates: CandidateRepository,
    private readonly files: CandidateFiles,
    private readonly identity: IdentityDirectory,
  ) {}

  readonly execute: RpcHandler<'candidacy.transfers.decide'> = async (principal, request) => {
    const accepted = request.decision === 'accepted';
    const transfer = await this.transfers.load(principal, request.transferId, accepted ? 'accept' : 'refuse');
    this.transfers.authorize(transfer, accepted ? 'accept' : 'refuse', principal);
    if (accepted) await this.move(principal, transfer);
    const { after } = await this.transfers.apply(
      principal,
      transfer,
      accepted ? 'accept' : 'refuse',
      (t, now) => ({
        $set: {
          decidedAt: now,
          decidedBy: principal.userId,
          ...(accepted ? {} : { refusalReason: request.reason }),
        },
        what: accepted ? 'transfer accepted' : `transfer refused: ${request.reason ?? ''}`,
        events: () => [
          candidacyEvent(
            'certhub.transfer.decided.v1',
            {
              transferId: t._id,
              candidateId: t.candidateId,
              reference: t.reference,
              establishmentId: t.establishmentId,
              networkId: t.networkId,
              fromEstablishmentId: t.fromEstablishmentId,
              ...(t.fromTrainingOrganisationId
                ? { fromTrainingOrganisationId: t.fromTrainingOrganisationId }
                : {}),
              fromNetworkId: t.fromNetworkId,
              certifierId: t.certifierId,
              trainingOrganisationId: t.trainingOrganisationId,
              toCertifierId: t.toCertifierId,
              decision: request.decision,
              ...(accepted ? {} : { reason: request.reason }),
              decidedBy: principal.userId,
              requestedBy: t.requestedBy,
            },
            { id: t._id, tenantId: t.certifierId },
            now,
          ),
          // Moved to an establishment of another certifier: the change of certifier is told apart.
          ...(accepted && t.toCertifierId && t.toCertifierId !== t.certifierId
            ? [
                candidacyEvent(
                  'certhub.candidacy.certifier_changed.v1',
                  {
                    candidateId: t.candidateId,
                    reference: t.reference,
                    transferId: t._id,
                    establishmentId: t.establishmentId,
                    networkId: t.networkId,
                    fromNetworkId: t.fromNetworkId,
                    fromCertifierId: t.certifierId,
                    certifierId: t.toCertifierId,
                    changedBy: principal.userId,
                  },
                  { id: t._id, tenantId: t.toCertifierId },
                  now,
                ),
              ]
            : []),
        ],
      }),
    );
    return toTransferResponse(after);
  };

  private async move(principal: Principal, t: TransferView): Promise<void> {
    const place = {
      establishmentId: t.establishmentId,
      trainingOrganisationId: t.trainingOrganisationId,
      networkId: t.networkId,
      certifierId: t.toCertifierId,
    };
    const current = await this.candidates.findAnywhere(t.candidateId);
    if (current?.establishmentId !== t.establishmentId)
      await this.candidacies.apply(principal, t.candidateId, 'transfer', () => ({
        $set: { ...place, establishmentName: t.establishmentName },
        what: `dossier transferred from ${t.fromEstablishmentId} to ${t.establishmentName} (request ${t._id})`,
        before: { establishmentId: t.fromEstablishmentId },
        after: { establishmentId: t.establishmentId },
      }));
    await this.candidates.retenant({ _id: t.candidateId, ...place });
    // His files follow him, to another network too: the establishment (and the network) he
    // leaves no longer reads or writes them. Before the request is marked accepted: a retry finishes it.
    const establishment = await this.identity.establishment(t.establishmentId, principal);
    await this.files.follow({ _id: t.candidateId, ...place }, establishment.active);
  }
}
