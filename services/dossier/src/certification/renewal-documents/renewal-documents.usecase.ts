import { Injectable } from '@nestjs/common';
import type { ErrorDetail } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { renewalContextId } from '../../evidence/document-contexts';
import { DocumentReferences } from '../../evidence/document-references';
import { DossierLifecycle } from '../../lifecycle/dossier-lifecycle';
import { dossierCommand } from '../../dossiers/dossier-command';
import type { DossierView, RenewalDocument } from '../../lifecycle/dossier.schema';
import { renewalDocumentsOf } from '../../lifecycle/renewal-documents';

/**
 * The documents a renewal requires (docs/domain/organisation-certification.md#renewal-documents):
 * requested when it opens (the scheme's list), filed by the applicant, accepted or rejected by the
 * analyst; the renewal audit is planned once all are accepted (lifecycle guard
 * renewal_documents_accepted). An accepted document stays; a rejected one is filed again.
 */
@Injectable()
export class RenewalDocuments {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly documents: DocumentReferences,
  ) {}

  readonly execute: RpcHandler<'dossier.renewals.documents.submit'> = (principal, request) =>
    dossierCommand(this.lifecycle, principal, request, 'submit_renewal_documents', async (current) => {
      const { path, documents: requested } = requestedOf(current);
      const problems: ErrorDetail[] = [];
      request.documents.forEach(({ n }, i) => {
        const doc = requested.find((d) => d.n === n);
        if (!doc)
          problems.push({ field: `documents.${i}.n`, message: `the renewal requires no document ${n}` });
        else if (doc.status === 'accepted')
          problems.push({ field: `documents.${i}.n`, message: `document ${n} was already accepted` });
      });
      if (problems.length) throw DomainError.invalid(problems);
      await this.documents.require(
        request.documents.map(({ documentId }, i) => ({
          field: `documents.${i}.documentId`,
          documentId,
          contextId: renewalContextId(current._id),
          ownerTenantId: current.organisationId,
        })),
        `${renewalContextId(current._id)}:${current.cycle.renewal?.openedAt ? new Date(current.cycle.renewal.openedAt).toISOString() : 'renewal-of'}`,
      );
      const filed = new Map(request.documents.map((d) => [d.n, d.documentId]));
      const documents: RenewalDocument[] = requested.map((d) =>
        filed.has(d.n) ? { n: d.n, label: d.label, documentId: filed.get(d.n), status: 'submitted' } : d,
      );
      return {
        $set: { [path]: documents },
        what: `renewal documents filed: ${[...filed.keys()].join(', ')}`,
        after: request.documents,
      };
    });

  readonly review: RpcHandler<'dossier.renewals.documents.review'> = (principal, request) =>
    dossierCommand(this.lifecycle, principal, request, 'review_renewal_documents', (current) => {
      const { path, documents: requested } = requestedOf(current);
      const problems: ErrorDetail[] = [];
      request.reviews.forEach(({ n, accepted, reason }, i) => {
        const doc = requested.find((d) => d.n === n);
        if (doc?.status !== 'submitted')
          problems.push({ field: `reviews.${i}.n`, message: `document ${n} is not waiting for a review` });
        if (!accepted && !reason)
          problems.push({ field: `reviews.${i}.reason`, message: 'a rejection says why' });
      });
      if (problems.length) throw DomainError.invalid(problems);
      const reviews = new Map(request.reviews.map((r) => [r.n, r]));
      const documents: RenewalDocument[] = requested.map((d) => {
        const r = reviews.get(d.n);
        if (!r) return d;
        const { reason: _previous, ...rest } = d;
        return r.accepted
          ? { ...rest, status: 'accepted' }
          : { ...rest, status: 'rejected', reason: r.reason as string };
      });
      return {
        $set: { [path]: documents },
        what: `renewal documents reviewed: ${request.reviews.map((r) => `${r.n} ${r.accepted ? 'accepted' : 'rejected'}`).join(', ')}`,
        after: request.reviews,
      };
    });
}

function requestedOf(d: DossierView): NonNullable<ReturnType<typeof renewalDocumentsOf>> {
  const requested = renewalDocumentsOf(d);
  if (!requested) throw DomainError.conflict(`the renewal of dossier ${d._id} requires no document`);
  return requested;
}
