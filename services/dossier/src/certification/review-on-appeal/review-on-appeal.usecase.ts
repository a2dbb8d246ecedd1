import { Injectable } from '@nestjs/common';
import type { DossierStatus } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { toDossierResponse } from '../../dossiers/dossier.mapper';
import { ReclassifyOnAppeal } from '../../findings/reclassify-on-appeal/reclassify-on-appeal.usecase';
import { assertImpartial } from '../../lifecycle/impartiality';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../../dossiers/dossier-command';
import type { DossierView } from '../../lifecycle/dossier.schema';
import { certificateStatusEvent } from '../certificate-events';
import { ChangeCertificateStatus } from '../change-certificate-status';

const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * A decision sent back by an upheld appeal (docs/domain/complaints-and-appeals.md#review), reviewed
 * by a decision maker who did not audit the dossier: a suspension ends as a reinstatement; a
 * refusal reopens the step it ended (the pending decision, or admissibility for an application
 * refused before any audit) so that the CB takes it again; a withdrawal gives the certificate back
 * while its validity runs; a finding takes the classification the appeal's decision gave it. The
 * complaints service, which holds the appeal and its impartial handling, is the only caller (an
 * internal subject, no HTTP route).
 */
@Injectable()
export class ReviewOnAppeal {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly certificates: ChangeCertificateStatus,
    private readonly reclassify: ReclassifyOnAppeal,
  ) {}

  readonly execute: RpcHandler<'dossier.appeals.review'> = async (principal, request) => {
    const why = `appeal ${request.appealReference} upheld: ${request.reason}`;
    if (request.decision === 'suspension')
      return toDossierResponse(await this.certificates.apply(principal, request.dossierId, 'reinstate', why));
    if (request.decision === 'finding_classification') {
      const dossier = await this.lifecycle.load(principal, request.dossierId);
      assertImpartial(principal, dossier);
      if (!request.severity)
        throw DomainError.invalid([{ field: 'severity', message: 'required' }], 'which classification?');
      await this.reclassify.execute(principal, {
        dossierId: dossier._id,
        findingId: request.contestedId,
        severity: request.severity,
        appealReference: request.appealReference,
        reason: request.reason,
      });
      return toDossierResponse(dossier);
    }
    return dossierCommand(this.lifecycle, principal, request, 'review_on_appeal', (d, now) => {
      assertImpartial(principal, d);
      const expected = request.decision === 'refusal' ? 'refused' : 'withdrawn';
      if (d.status !== expected)
        throw DomainError.conflict(`the dossier is ${d.status}: no ${request.decision} to review`, {
          currentStatus: d.status,
        });
      if (request.decision === 'refusal') {
        const to = reopenedStep(d, request.contestedId);
        return { to, what: `refusal reviewed, back to ${to}: ${why}` };
      }
      const certificate = d.certificate;
      if (!certificate || certificate.validUntil < today(now))
        throw DomainError.invalid(
          [{ field: 'decision', message: 'the certificate’s validity ended meanwhile: a new application' }],
          'no certificate to give back',
        );
      return {
        to: 'certified' as const,
        $set: { 'certificate.status': 'valid' },
        what: `withdrawal reviewed, certificate ${certificate.number} given back: ${why}`,
        before: { certificateStatus: certificate.status },
        after: { certificateStatus: 'valid' },
        events: () => [
          certificateStatusEvent('reinstated', d, {
            reason: why,
            at: now.toISOString(),
            by: principal.userId,
          }),
        ],
      };
    });
  };
}

/**
 * The step a refusal ended: the pending decision when a decision refused (the contested one), else
 * admissibility (an application refused before its audit has no decision record).
 */
function reopenedStep(d: DossierView, contestedId: string): DossierStatus {
  const refusal = (d.decisions ?? []).find((x) => x.id === contestedId && x.outcome === 'refuse');
  if (refusal) return 'decision_pending';
  if (contestedId === `${d._id}:refusal`) return 'submitted';
  throw DomainError.invalid(
    [{ field: 'contestedId', message: 'not a refusal of this dossier' }],
    'no such refusal',
  );
}
