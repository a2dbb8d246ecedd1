import type { TrainingEntry } from '../../candidacy/candidate.schema';
import { attendedAtOf } from './edit-training.usecase';

const training = (id: string, recordedAt: string, attended: boolean): TrainingEntry => ({
  id,
  title: 'Module',
  startsOn: '2026-11-10',
  endsOn: '2026-11-20',
  durationHours: 7,
  domainIds: ['3'],
  proofDocumentIds: [],
  recordedAt: new Date(recordedAt),
  recordedBy: 'u',
  ...(attended ? { attendanceCertificateDocumentId: `doc-${id}` } : {}),
});

describe(attendedAtOf.name, () => {
  it('is when the latest training with a certificate of attendance was recorded', () => {
    expect(
      attendedAtOf([
        training('a', '2026-11-01T10:00:00Z', true),
        training('b', '2026-11-05T10:00:00Z', true),
        training('c', '2026-11-09T10:00:00Z', false),
      ]),
    ).toEqual(new Date('2026-11-05T10:00:00Z'));
  });

  it('is nothing once no training holds a certificate of attendance', () => {
    expect(attendedAtOf([training('a', '2026-11-01T10:00:00Z', false)])).toBeUndefined();
    expect(attendedAtOf([])).toBeUndefined();
  });
});
