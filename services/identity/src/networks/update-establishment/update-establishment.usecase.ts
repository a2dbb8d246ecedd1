import { Injectable } from '@nestjs/common';
import type { RpcHandler } from '@certhub/platform';
import { requireEstablishmentOf } from '../../common/establishment-of';
import { openNetworkPlaceEdit } from '../network-access';
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

  readonly execute: RpcHandler<'identity.establishments.update'> = async (principal, request) => {
    const { establishmentId: id, version } = request;
    const { current, edit } = await openNetworkPlaceEdit(
      principal,
      this.establishments,
      {
        kind: 'establishment',
        id,
        place: ({ networkId, trainingOrganisationId }) => ({
          networkId,
          trainingOrganisationId,
          establishmentId: id,
        }),
        refusal: 'only the establishment’s administrators, or those above them, edit it',
      },
      { editable: EDITABLE, stored: toEstablishmentResponse, request },
    );
    if (!edit) return toEstablishmentResponse(current);
    if (request.siret && edit.change.fields.includes('siret')) {
      const organisation = await this.organisations.getVisible(principal, current.trainingOrganisationId);
      requireEstablishmentOf(request.siret, organisation.siren);
    }
    const updated = await this.establishments.applyEdit(
      current,
      version,
      edit,
      `an establishment with SIRET ${request.siret ?? ''} is already declared`,
      { field: 'siret', value: request.siret },
    );
    return toEstablishmentResponse(updated);
  };
}
