import type { DossierView, RenewalDocument } from './dossier.schema';

/**
 * Where the documents a renewal requires are asked (docs/domain/organisation-certification.md#renewal-documents):
 * on the renewing dossier with the same CB; with another CB on the new dossier, whose CB checks
 * them before its initial audit (#renewal-with-another-cb), the old CB having no say any more.
 */
export function renewalDocumentsOf(
  d: Pick<DossierView, 'cycle'>,
):
  | { path: 'cycle.renewal.documents' | 'cycle.renewalOf.documents'; documents: RenewalDocument[] }
  | undefined {
  if (d.cycle?.renewal?.documents?.length)
    return { path: 'cycle.renewal.documents', documents: d.cycle.renewal.documents };
  if (d.cycle?.renewalOf?.documents?.length)
    return { path: 'cycle.renewalOf.documents', documents: d.cycle.renewalOf.documents };
  return undefined;
}
