import { Injectable, Logger } from '@nestjs/common';
import {
  NETWORK_ADMIN_ROLES,
  ROLE_SIDES,
  perimeterFitsRole,
  type Perimeter,
  type Principal,
  type RpcPayload,
  type RpcResponse,
} from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { randomUUID } from 'node:crypto';
import { AccountNotices } from '../../common/account-notices';
import { asEmailTaken, emailTaken } from '../../common/conflicts';
import { identityEvent } from '../../common/events';
import { KeycloakAdmin } from '../../keycloak/keycloak-admin';
import { EstablishmentRepository, TrainingOrganisationRepository } from '../../networks/network.repositories';
import { toUserResponse } from '../user.mapper';
import { UserRepository } from '../user.repository';
import { requireMayGrant, requireTenantAdmin } from '../user-access';

/**
 * An administrator creates an account in his own tenant (docs/domain/roles-and-tenancy.md#invitation):
 * the Keycloak user with the tenant attributes and the role, then the first-login e-mail, then
 * the projection with its `user.invited` event. A Keycloak failure after the account exists
 * removes it again, so a retry starts clean.
 */
@Injectable()
export class InviteUser {
  private readonly logger = new Logger(InviteUser.name);

  constructor(
    private readonly users: UserRepository,
    private readonly keycloak: KeycloakAdmin,
    private readonly notices: AccountNotices,
    private readonly organisations: TrainingOrganisationRepository,
    private readonly establishments: EstablishmentRepository,
  ) {}

  readonly execute: RpcHandler<'identity.users.invite'> = async (principal, request) => {
    if (principal.tenantType === 'network') return this.inviteIntoNetwork(principal, request);
    if (request.trainingOrganisationId || request.establishmentId)
      throw new DomainError('validation_failed', 'only a training network’s users have a perimeter', [
        { field: 'trainingOrganisationId', message: 'leave out outside a training network' },
      ]);
    requireTenantAdmin(principal, 'invite users');
    requireMayGrant(principal, request.role);
    // mayGrantRole already keeps to the granter's side; this guards a principal whose tenant
    // type and roles disagree, so nobody lands in a tenant of the wrong kind.
    if (ROLE_SIDES[request.role].side !== principal.tenantType)
      throw DomainError.forbidden(
        `the role ${request.role} does not exist in a ${principal.tenantType} tenant`,
      );
    return this.invite(
      { tenantType: principal.tenantType, tenantId: principal.tenantId },
      request,
      principal,
      { discreet: true },
    );
  };

  /**
   * A training network's administrators invite within their perimeter
   * (docs/domain/training-networks.md#roles-and-perimeter): a role not above their own, with the
   * perimeter its depth needs, on an organisation and establishment they reach (404 otherwise).
   */
  private async inviteIntoNetwork(
    principal: Principal,
    request: RpcPayload<'identity.users.invite'>,
  ): Promise<RpcResponse<'identity.users.invite'>> {
    if (!principal.roles.some((r) => NETWORK_ADMIN_ROLES.includes(r)))
      throw DomainError.forbidden('only administrators may invite users');
    requireMayGrant(principal, request.role);
    const perimeter: Perimeter | undefined = request.trainingOrganisationId
      ? {
          trainingOrganisationId: request.trainingOrganisationId,
          ...(request.establishmentId ? { establishmentId: request.establishmentId } : {}),
        }
      : undefined;
    if (!perimeterFitsRole(request.role, perimeter) || (request.establishmentId && !perimeter))
      throw new DomainError(
        'validation_failed',
        `the role ${request.role} needs a perimeter of its own depth`,
        [
          {
            field: 'trainingOrganisationId',
            message:
              'none for a network role, the organisation for an organisation role, both for an establishment role',
          },
        ],
      );
    if (perimeter) {
      // Read as the inviter: outside his own perimeter, the organisation or establishment is not there.
      const organisation = await this.organisations.findVisible(principal, perimeter.trainingOrganisationId);
      if (!organisation)
        throw DomainError.notFound(`training organisation ${perimeter.trainingOrganisationId}`);
      if (perimeter.establishmentId) {
        const establishment = await this.establishments.findVisible(principal, perimeter.establishmentId);
        if (!establishment || establishment.trainingOrganisationId !== organisation._id)
          throw DomainError.notFound(`establishment ${perimeter.establishmentId} of ${organisation._id}`);
      }
    }
    return this.invite(
      { tenantType: 'network', tenantId: principal.tenantId, perimeter },
      request,
      principal,
    );
  }

  /**
   * Creates the account in `tenant` once the caller's right to do so is settled (its own tenant
   * above; a new CB's first administrator, by platform staff, in InviteCbAdmin). An address that
   * already has an account in the tenant is a 409 (its admins see their users anyway); one with an
   * account elsewhere is, for a `discreet` caller (a tenant's admin), answered as if invited while
   * its owner is told (AccountNotices): a tenant's admin must not learn who uses the platform.
   */
  async invite(
    tenant: Pick<Principal, 'tenantType' | 'tenantId' | 'perimeter'>,
    request: RpcPayload<'identity.users.invite'>,
    principal: Principal,
    { discreet }: { discreet: boolean } = { discreet: false },
  ): Promise<RpcResponse<'identity.users.invite'>> {
    const owner = await this.users.findByEmail(request.email);
    const elsewhere = owner
      ? owner.tenantId !== tenant.tenantId
      : !!(await this.keycloak.findByEmail(request.email));
    if (owner && !elsewhere) throw emailTaken(request.email);
    if (elsewhere) {
      if (!discreet) throw emailTaken(request.email);
      await this.notices.emailInUse(request.email, 'invitation');
      return notInvited(tenant, request);
    }

    const userId = await this.keycloak
      .createUser({
        email: request.email,
        firstName: request.firstName,
        lastName: request.lastName,
        tenantType: tenant.tenantType,
        tenantId: tenant.tenantId,
        locale: request.locale,
        ...(tenant.perimeter ? { perimeter: tenant.perimeter } : {}),
      })
      .catch(asEmailTaken(request.email));
    try {
      await this.keycloak.assignRealmRole(userId, request.role);
      await this.keycloak.sendFirstLoginEmail(userId);
      const event = identityEvent(
        'certhub.user.invited.v1',
        {
          userId,
          tenantType: tenant.tenantType,
          tenantId: tenant.tenantId,
          role: request.role,
          invitedBy: principal.userId,
          // The establishment's history lists the users added to it.
          ...(tenant.perimeter?.establishmentId ? { establishmentId: tenant.perimeter.establishmentId } : {}),
        },
        { tenantId: tenant.tenantId, aggregateId: userId },
      );
      const user = await this.users.insert(
        {
          id: userId,
          tenantType: tenant.tenantType,
          tenantId: tenant.tenantId,
          email: request.email,
          firstName: request.firstName,
          lastName: request.lastName,
          role: request.role,
          enabled: true,
          emailVerified: false,
          locale: request.locale,
          invitedBy: principal.userId,
          ...tenant.perimeter,
        },
        [event],
      );
      return toUserResponse(user);
    } catch (error) {
      await this.keycloak.deleteUser(userId).catch((cleanup: unknown) => {
        this.logger.error(
          `could not remove Keycloak user ${userId} after a failed invitation: ${String(cleanup)}`,
        );
      });
      throw error;
    }
  }
}

/** The answer an invitation gets, for an address that names an account elsewhere: nothing is created. */
function notInvited(
  tenant: Pick<Principal, 'tenantType' | 'tenantId'>,
  request: RpcPayload<'identity.users.invite'>,
): RpcResponse<'identity.users.invite'> {
  return {
    id: randomUUID(),
    email: request.email,
    firstName: request.firstName,
    lastName: request.lastName,
    role: request.role,
    tenantType: tenant.tenantType,
    tenantId: tenant.tenantId,
    enabled: true,
    emailVerified: false,
    locale: request.locale,
    createdAt: new Date().toISOString(),
  };
}
