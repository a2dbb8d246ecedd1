import { Injectable, Logger } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { ownerTenantOf, requirePartnerAdmin } from '../../common/access';
import { newId } from '../../common/ids';
import { PartnerClients } from '../keycloak/partner-clients';
import { toPartnerResponse } from '../partner.mapper';
import { PartnerRepository } from '../partner.repository';

/**
 * A platform admin creates a partner with any scope; a CB admin only one restricted to his own
 * CB, which he states explicitly (`scope.cbId`). The OAuth client comes first, then the record;
 * the client secret is answered once and never stored here.
 */
@Injectable()
export class CreatePartner {
  private readonly logger = new Logger(CreatePartner.name);

  constructor(
    private readonly partners: PartnerRepository,
    private readonly clients: PartnerClients,
  ) {}

  readonly execute: RpcHandler<'partner.clients.create'> = async (principal, request) => {
    const admin = requirePartnerAdmin(principal);
    if (admin.kind === 'cb' && request.scope.cbId !== admin.cbId)
      throw DomainError.forbidden(
        `a CB admin creates partners restricted to his own CB: set scope.cbId to ${admin.cbId}`,
      );

    const partnerId = newId('ptn');
    const clientId = `partner-${partnerId}`;
    const { keycloakId, secret } = await this.clients.create({ partnerId, clientId, name: request.name });
    try {
      const partner = await this.partners.insert({
        _id: partnerId,
        tenantId: ownerTenantOf(admin),
        name: request.name,
        clientId,
        keycloakId,
        scope: request.scope,
        createdBy: principal.userId,
        createdAt: new Date(),
      });
      return { partner: toPartnerResponse(partner), clientSecret: secret };
    } catch (error) {
      // Without its record the client would be a credential to nothing: remove it.
      await this.clients
        .remove(keycloakId)
        .catch((cleanup: unknown) => this.logger.error(`orphan client ${clientId} left: ${String(cleanup)}`));
      throw error;
    }
  };
}
