import { Injectable } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import { RpcClient, type RpcHandler } from '@certhub/platform';
import { complaintEvent, complaintRef } from '../complaint-events';
import { ComplaintLifecycle } from '../complaint-lifecycle';
import { toComplaintResponse } from '../complaint.mapper';
import type { ComplaintActionEntry, ComplaintDoc } from '../complaint.schema';

/**
 * What a complaint leads the CB to do on the dossier of the organisation concerned
 * (docs/domain/complaints-and-appeals.md#consequences): a complementary audit or the suspension of
 * its certificate, each through the dossier service's own route and as the caller, so that the
 * dossier lifecycle decides (who may plan or suspend, the impartiality of the decision, the
 * certificate's state). The complaint's trail records what was done and where.
 */
@Injectable()
export class ActOnDossier {
  constructor(
    private readonly complaints: ComplaintLifecycle,
    private readonly rpc: RpcClient,
  ) {}

  readonly complementaryAudit: RpcHandler<'complaints.complementary-audit'> = async (principal, request) => {
    const { complaintId, version, ...audit } = request;
    return this.act(principal, complaintId, version, 'complementary_audit', async (c) => {
      const planned = await this.rpc.call(
        'dossier.audits.plan',
        { dossierId: c.dossierId ?? '', ...audit },
        { principal },
      );
      return { auditId: planned.id, what: `${audit.type} audit planned ${audit.startDate}–${audit.endDate}` };
    });
  };

  readonly suspension: RpcHandler<'complaints.suspension'> = async (principal, request) =>
    this.act(principal, request.complaintId, request.version, 'suspension', async (c) => {
      await this.rpc.call(
        'dossier.certificates.suspend',
        { dossierId: c.dossierId ?? '', reason: `complaint ${c.reference}: ${request.reason}` },
        { principal },
      );
      return { what: `certificate suspended: ${request.reason}` };
    });

  /** Checks the complaint allows it (table, handler, dossier named), has the dossier act, records it. */
  private async act(
    principal: Principal,
    complaintId: string,
    version: number,
    kind: ComplaintActionEntry['kind'],
    onDossier: (c: ComplaintDoc) => Promise<{ auditId?: string; what: string }>,
  ) {
    const current = await this.complaints.loadChecked(principal, complaintId, 'act', version);
    const done = await onDossier(current);
    const { after } = await this.complaints.apply(
      principal,
      current,
      'act',
      (c, now) => {
        const entry: ComplaintActionEntry = {
          kind,
          dossierId: c.dossierId ?? '',
          at: now,
          by: principal.userId,
          ...(done.auditId ? { auditId: done.auditId } : {}),
        };
        return {
          $push: { actions: entry },
          what: done.what,
          events: () => [
            complaintEvent(
              'certhub.complaint.action_taken.v1',
              {
                ...complaintRef(c),
                action: kind,
                dossierId: entry.dossierId,
                organisationId: c.organisationId ?? '',
                by: principal.userId,
              },
              c,
            ),
          ],
        };
      },
      { expectedVersion: version },
    );
    return toComplaintResponse(after, true);
  }
}
