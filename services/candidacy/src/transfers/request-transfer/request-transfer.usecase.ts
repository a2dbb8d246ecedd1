import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UNTRANSFERABLE_STATUSES, type CandidacyStatus } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { requireTrainingSide, tenantsOf, trainingPlaceOf } from '../../candidacy/candidacy-access';
import { candidacyEvent } from '../../candidacy/candidacy-events';
import { requireActive } from '../../candidacy/candidacy-standing';
import { CandidateRepository } from '../../candidacy/candidate.repository';
import { IdentityDirectory } from '../../candidacy/identity-directory';
import { TransferLifecycle } from '../transfer-lifecycle';
import { toTransferResponse } from '../transfer.mapper';
import { TransferRepository } from '../transfer.repository';

/**
 * An establishment asks to take over a candidate registered elsewhere, with its reason
 * (docs/domain/individuals-certification.md#transfers). Refused at once when the dossier is with
 * the jury, being certified or certified, already the requester's, or already asked for.
 */
@Injectable()
export class RequestTransfer {
  constructor(
    private readonly candidates: CandidateRepository,
    private readonly transfers: TransferRepository,
    private readonly lifecycle: TransferLifecycle,
    private readonly identity: IdentityDirectory,
  ) {}

  readonly execute: RpcHandler<'candidacy.transfers.request'> = async (principal, request) => {
    requireTrainingSide(principal, 'transfers are asked for by a training establishment');
    const establishment = await this.identity.establishment(request.establishmentId, principal);
    // Taking a dossier over is recording it: the portal offers only active establishments.
    requireActive(establishment, 'no longer takes dossiers over');
    const candidate = await this.candidates.findAnywhere(request.candidateId);
    if (!candidate) throw DomainError.notFound(`candidate ${request.candidateId}`);
    if (candidate.establishmentId === establishment.id)
      throw DomainError.conflict(`the dossier ${candidate.reference} is already this establishment’s`);
    if ((UNTRANSFERABLE_STATUSES as readonly CandidacyStatus[]).includes(candidate.status))
      throw new DomainError(
        'invalid_transition',
        `the dossier ${candidate.reference} cannot be transferred while it is ${candidate.status}`,
        { currentStatus: candidate.status, action: 'transfer' },
      );
    if (await this.transfers.pendingFor(candidate._id))
      throw DomainError.conflict(`a transfer of the dossier ${candidate.reference} is already pending`);

    const now = new Date();
    const id = `trf_${randomBytes(8).toString('hex')}`;
    const place = trainingPlaceOf(establishment);
    const transfer = await this.lifecycle.create(
      principal,
      {
        _id: id,
        ...place,
        tenantId: tenantsOf({ ...place, certifierId: candidate.certifierId }),
        candidateId: candidate._id,
        reference: candidate.reference,
        establishmentName: establishment.name,
        toCertifierId: establishment.certifierId,
        fromEstablishmentId: candidate.establishmentId,
        fromTrainingOrganisationId: candidate.trainingOrganisationId,
        fromNetworkId: candidate.networkId,
        certifierId: candidate.certifierId,
        reason: request.reason,
        ...(request.details ? { details: request.details } : {}),
        status: 'pending',
        requestedAt: now,
        requestedBy: principal.userId,
      },
      {
        what: `transfer of ${candidate.reference} to ${establishment.name} asked (${request.reason})`,
        at: now,
        events: [
          candidacyEvent(
            'certhub.transfer.requested.v1',
            {
              transferId: id,
              candidateId: candidate._id,
              reference: candidate.reference,
              establishmentId: establishment.id,
              networkId: establishment.networkId,
              fromEstablishmentId: candidate.establishmentId,
              fromTrainingOrganisationId: candidate.trainingOrganisationId,
              fromNetworkId: candidate.networkId,
              certifierId: candidate.certifierId,
              trainingOrganisationId: establishment.trainingOrganisationId,
              requestedBy: principal.userId,
            },
            { id, tenantId: candidate.certifierId },
            now,
          ),
        ],
      },
    );
    return toTransferResponse(transfer);
  };
}
