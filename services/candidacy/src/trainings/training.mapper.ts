import type { RpcPayload, Training } from '@certhub/contracts';
import type { CandidateView, TrainingEntry } from '../candidacy/candidate.schema';

type TrainingForm = Omit<TrainingEntry, 'id' | 'recordedAt' | 'recordedBy' | 'editedAt' | 'editedBy'>;

/** The training form as stored: recording a training and correcting one write the same fields. */
export const trainingForm = (request: RpcPayload<'candidacy.trainings.record'>): TrainingForm => ({
  title: request.title,
  startsOn: request.startsOn,
  endsOn: request.endsOn,
  durationHours: request.durationHours,
  domainIds: request.domainIds,
  ...(request.trainerName ? { trainerName: request.trainerName } : {}),
  ...(request.attendanceCertificateDocumentId
    ? { attendanceCertificateDocumentId: request.attendanceCertificateDocumentId }
    : {}),
  proofDocumentIds: request.proofDocumentIds,
});

export const toTrainingResponse = (c: CandidateView, t: TrainingEntry): Training => ({
  id: t.id,
  candidateId: c._id,
  title: t.title,
  startsOn: t.startsOn,
  endsOn: t.endsOn,
  durationHours: t.durationHours,
  domainIds: t.domainIds,
  ...(t.trainerName ? { trainerName: t.trainerName } : {}),
  ...(t.attendanceCertificateDocumentId
    ? { attendanceCertificateDocumentId: t.attendanceCertificateDocumentId }
    : {}),
  proofDocumentIds: t.proofDocumentIds,
  recordedAt: new Date(t.recordedAt).toISOString(),
  recordedBy: t.recordedBy,
  ...(t.editedAt ? { editedAt: new Date(t.editedAt).toISOString(), editedBy: t.editedBy } : {}),
  candidateVersion: c.version,
});
