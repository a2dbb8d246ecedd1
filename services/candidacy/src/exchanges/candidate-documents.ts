import type { CandidateDocumentKind } from '@certhub/contracts';
import type { CandidateView } from '../candidacy/candidate.schema';

export interface Attachment {
  kind: CandidateDocumentKind;
  attachedTo?: string;
}

/**
 * What each document id of the candidate's records was attached to: the evaluations' matrices and
 * proofs, the trainings' certificates of attendance and proofs, the complements' answers. A file
 * of the context none names was uploaded and not recorded (yet).
 */
export function attachmentsOf(c: Pick<CandidateView, 'evaluations' | 'trainings' | 'complements'>) {
  const found = new Map<string, Attachment>();
  for (const e of c.evaluations ?? []) {
    const label = `${e.kind} ${e.evaluatedOn}`;
    if (e.matrixDocumentId) found.set(e.matrixDocumentId, { kind: 'evaluation_matrix', attachedTo: label });
    for (const d of e.proofDocumentIds) found.set(d, { kind: 'evaluation_proof', attachedTo: label });
  }
  for (const t of c.trainings ?? []) {
    if (t.attendanceCertificateDocumentId)
      found.set(t.attendanceCertificateDocumentId, { kind: 'training_attendance', attachedTo: t.title });
    for (const d of t.proofDocumentIds) found.set(d, { kind: 'training_proof', attachedTo: t.title });
  }
  for (const k of c.complements ?? [])
    for (const d of k.documentIds)
      found.set(d, { kind: 'complement', attachedTo: new Date(k.requestedAt).toISOString().slice(0, 10) });
  return (documentId: string): Attachment => found.get(documentId) ?? { kind: 'unattached' };
}
