import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { requireEstablishmentOf } from '../../common/establishment-of';
import { editNetworkPlace } from '../network-access';
import { toEstablishmentResponse } from '../network.mapper';
import { EstablishmentRepository, TrainingOrganisationRepository } from '../network.repositories';

const EDITABLE = [
  'name',
  'siret',
  'officialContact',
  'publicContact',
  'address',
  'region',
  'website',
] as const;

/**
 * The establishment's details, contacts (official and public: the directory of accredited
 * establishments shows the public one), address and region, edited by its administrators or
 * those above them. A new SIRET is still the organisation's SIREN followed by the establishment
 * number, and unique. The active flag stays the certifier's (set-active).
 */
@Injectable()
export class UpdateEstablishment {
  constructor(
    private readonly organisations: TrainingOrganisationRepository,
    private readonly establishments: EstablishmentRepository,
  ) {}

  readonly execute: RpcHandler<'identity.establishments.update'> = (principal, request) =>
    editNetworkPlace(
      principal,
      this.establishments,
      {
        kind: 'establishment',
        id: request.establishmentId,
        place: ({ networkId, trainingOrganisationId }) => ({
          networkId,
          trainingOrganisationId,
          establishmentId: request.establishmentId,
        }),
        refusal: 'only the establishment’s administrators, or those above them, edit it',
      },
      {
        editable: EDITABLE,
        stored: toEstablishmentResponse,
        request,
        check: async (current, edit) => {
          if (!request.siret || !edit.change.fields.includes('siret')) return;
          const organisation = await this.organisations.getVisible(principal, current.trainingOrganisationId);
          requireEstablishmentOf(request.siret, organisation.siren);
        },
        duplicate: `an establishment with SIRET ${request.siret ?? ''} is already declared`,
        unique: { field: 'siret', value: request.siret },
      },
    );
}
