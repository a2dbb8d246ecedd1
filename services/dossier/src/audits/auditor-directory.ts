import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';

/** Who may be booked: enabled users of the dossier's CB holding the auditor role (identity decides). */
@Injectable()
export class AuditorDirectory {
  constructor(private readonly rpc: RpcClient) {}

  async requireAuditors(cbId: string, auditorIds: string[]): Promise<void> {
    const ids = [...new Set(auditorIds)];
    // Internal lookup as the platform itself: identity answers only users of that CB with that role.
    const found = await this.rpc.call(
      'identity.recipients.resolve',
      { tenantId: cbId, roles: ['auditor'], userIds: ids },
      { principal: SYSTEM_PRINCIPAL },
    );
    const known = new Set(found.map((u) => u.userId));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new DomainError(
        'validation_failed',
        `not an enabled auditor of this certification body: ${unknown.join(', ')}`,
        unknown.map((id) => ({
          field: 'auditorIds',
          message: `${id} is not an auditor of the dossier's CB`,
        })),
      );
    }
  }
}
