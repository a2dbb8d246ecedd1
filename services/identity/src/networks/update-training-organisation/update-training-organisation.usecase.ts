import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { editNetworkPlace } from '../network-access';
import { toTrainingOrganisationResponse } from '../network.mapper';
import { EstablishmentRepository, TrainingOrganisationRepository } from '../network.repositories';

const EDITABLE = ['siren', 'name', 'address', 'contact', 'billingEmail', 'billingAddress'] as const;

/**
 * The network's heads or the organisation's administrator edit its details. Its SIREN may be
 * corrected only while it has no establishment: their SIRETs start with it.
 */
@Injectable()
export class UpdateTrainingOrganisation {
  constructor(
    private readonly organisations: TrainingOrganisationRepository,
    private readonly establishments: EstablishmentRepository,
  ) {}

  readonly execute: RpcHandler<'identity.training-organisations.update'> = (principal, request) =>
    editNetworkPlace(
      principal,
      this.organisations,
      {
        kind: 'training organisation',
        id: request.trainingOrganisationId,
        place: ({ networkId }) => ({ networkId, trainingOrganisationId: request.trainingOrganisationId }),
        refusal:
          'only the network’s administrators and supervisors or the organisation’s administrators edit it',
      },
      {
        editable: EDITABLE,
        stored: toTrainingOrganisationResponse,
        request,
        check: async (current, edit) => {
          if (edit.change.fields.includes('siren') && (await this.establishments.anyOf(current)))
            throw DomainError.invalid(
              [
                {
                  field: 'siren',
                  message: 'fixed once the organisation has an establishment (their SIRETs start with it)',
                },
              ],
              `the SIREN of ${current.name} can no longer change: it has establishments`,
            );
        },
        duplicate: `a training organisation with SIREN ${request.siren ?? ''} is already declared`,
        unique: { field: 'siren', value: request.siren },
      },
    );
}
