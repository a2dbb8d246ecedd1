import { Injectable } from '@nestjs/common';
import { mayEditNetworkPlace } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { diffEdit, requireSomeField, staleVersion } from '../../common/edits';
import { requireEstablishmentOf } from '../../common/establishment-of';
import { identityEvent } from '../../common/events';
import { notFound } from '../network-access';
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
    requireSomeField(EDITABLE, request);
    const current = await this.establishments.findVisible(principal, id);
    if (!current) throw notFound('establishment', id);
    const target = {
      networkId: current.networkId,
      trainingOrganisationId: current.trainingOrganisationId,
      establishmentId: id,
    };
    if (!mayEditNetworkPlace(principal, target))
      throw DomainError.forbidden('only the establishment’s administrators, or those above them, edit it');
    if ((current.version ?? 0) !== version) throw staleVersion('establishment', id, version);
    const edit = diffEdit(EDITABLE, toEstablishmentResponse(current), request, principal.userId);
    if (!edit) return toEstablishmentResponse(current);
    if (request.siret && edit.change.fields.includes('siret')) {
      const organisation = await this.organisations.findVisible(principal, current.trainingOrganisationId);
      if (!organisation) throw notFound('training organisation', current.trainingOrganisationId);
      requireEstablishmentOf(request.siret, organisation.siren);
      if (await this.establishments.taken('siret', request.siret, id)) throw duplicateSiret(request.siret);
    }
    const event = identityEvent(
      'certhub.establishment.updated.v1',
      {
        establishmentId: id,
        trainingOrganisationId: current.trainingOrganisationId,
        networkId: current.networkId,
        certifierId: current.certifierId,
        fields: edit.change.fields,
        changedBy: principal.userId,
      },
      { tenantId: current.networkId, aggregateId: id },
    );
    const updated = await this.establishments.applyEdit(
      current,
      version,
      edit,
      event,
      duplicateSiret(request.siret ?? '').message,
    );
    if (!updated) throw staleVersion('establishment', id, version);
    return toEstablishmentResponse(updated);
  };
}

const duplicateSiret = (siret: string) =>
  DomainError.conflict(`an establishment with SIRET ${siret} is already declared`);
