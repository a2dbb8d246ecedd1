import type { Training } from '@certhub/contracts';
import type { CandidateView, TrainingEntry } from '../candidacy/candidate.schema';

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
