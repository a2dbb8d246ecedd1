import { Injectable } from '@nestjs/common';
import { SYSTEM_PRINCIPAL } from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';
import { QualificationRepository } from './qualification.repository';

/** What an audit books its auditors for: a scheme, over whole days. */
export interface Assignment {
  schemeId: string;
  startDate: string;
  endDate: string;
}

/**
 * Who may be booked: enabled users of the dossier's CB holding the auditor role (identity decides),
 * qualified for the dossier's scheme on every day of the audit (the CB's register decides).
 */
@Injectable()
export class AuditorDirectory {
  constructor(
    private readonly rpc: RpcClient,
    private readonly qualifications: QualificationRepository,
  ) {}

  async requireAuditors(cbId: string, auditorIds: string[], assignment?: Assignment): Promise<void> {
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
    if (assignment) await this.requireQualified(cbId, ids, assignment);
  }

  async requireQualified(cbId: string, ids: string[], a: Assignment): Promise<void> {
    const qualified = await this.qualifications.qualified(cbId, a.schemeId, ids, a.startDate, a.endDate);
    const unqualified = ids.filter((id) => !qualified.has(id));
    if (!unqualified.length) return;
    throw new DomainError(
      'validation_failed',
      `not qualified for scheme ${a.schemeId} from ${a.startDate} to ${a.endDate}: ${unqualified.join(', ')}`,
      unqualified.map((id) => ({
        field: 'auditorIds',
        message: `${id} holds no qualification for scheme ${a.schemeId} covering ${a.startDate} to ${a.endDate}`,
      })),
    );
  }
}
