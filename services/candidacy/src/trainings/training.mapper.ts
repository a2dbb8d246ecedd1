import type { RpcPayload, Training } from '@certhub/contracts';
import type { CandidateView, TrainingEntry } from '../candidacy/candidate.schema';

type TrainingForm = Omit<TrainingEntry, 'id' | 'recordedAt' | 'recordedBy' | 'editedAt' | 'editedBy'>;

/**
 * The training form's fields, from a request or a stored training: recording a training and
 * correcting one write the same fields, and the response shows them as stored.
 */
export const trainingForm = (
  source: RpcPayload<'candidacy.trainings.record'> | TrainingEntry,
): TrainingForm => ({
  title: source.title,
  startsOn: source.startsOn,
  endsOn: source.endsOn,
  durationHours: source.durationHours,
  domainIds: source.domainIds,
  ...(source.trainerName ? { trainerName: source.trainerName } : {}),
  ...(source.attendanceCertificateDocumentId
    ? { attendanceCertificateDocumentId: source.attendanceCertificateDocumentId }
    : {}),
  proofDocumentIds: source.proofDocumentIds,
});

export const toTrainingResponse = (c: CandidateView, t: TrainingEntry): Training => ({
  id: t.id,
  candidateId: c._id,
  ...trainingForm(t),
  recordedAt: new Date(t.recordedAt).toISOString(),
  recordedBy: t.recordedBy,
  ...(t.editedAt ? { editedAt: new Date(t.editedAt).toISOString(), editedBy: t.editedBy } : {}),
  candidateVersion: c.version,
});
