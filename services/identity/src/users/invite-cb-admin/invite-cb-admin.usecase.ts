import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CertificationBodyRepository } from '../../certification-bodies/certification-body.repository';
import { isPlatformAdmin } from '../../common/access';
import { InviteUser } from '../invite-user/invite-user.usecase';

/**
 * A certification body's administrator, invited by the platform's administrators: how a new CB
 * gets its first user (docs/domain/roles-and-tenancy.md#invitation). The account is made exactly
 * like an invitation inside a tenant, in the CB's tenant, with the role cb_admin.
 */
@Injectable()
export class InviteCbAdmin {
  constructor(
    private readonly bodies: CertificationBodyRepository,
    private readonly invitations: InviteUser,
  ) {}

  readonly execute: RpcHandler<'identity.certification-bodies.invite-admin'> = async (principal, request) => {
    if (!isPlatformAdmin(principal))
      throw DomainError.forbidden(
        'only the platform’s administrators invite a certification body’s administrator',
      );
    if (!(await this.bodies.exists(request.cbId)))
      throw DomainError.notFound(`certification body ${request.cbId}`);
    const { cbId, ...person } = request;
    return this.invitations.invite(
      { tenantType: 'cb', tenantId: cbId },
      { ...person, role: 'cb_admin' },
      principal,
    );
  };
}
