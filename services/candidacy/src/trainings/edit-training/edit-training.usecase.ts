import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { CandidateFiles, documentFields } from '../../candidacy/candidate-files';
import type { CandidateView, TrainingEntry } from '../../candidacy/candidate.schema';
import { toTrainingResponse, trainingForm } from '../training.mapper';
import { unknownDomains } from '../training-domains';

/** When the latest training with a certificate of attendance was recorded, once these are the trainings. */
export function attendedAtOf(trainings: TrainingEntry[]): Date | undefined {
  const attended = trainings
    .filter((t) => t.attendanceCertificateDocumentId)
    .map((t) => new Date(t.recordedAt));
  return attended.length ? new Date(Math.max(...attended.map((d) => d.getTime()))) : undefined;
}

/** A training recorded before the latest finalised evaluation is that evaluation's evidence. */
function requireEditable(c: CandidateView, training: TrainingEntry): void {
  if (c.evaluatedAt && new Date(training.recordedAt) <= new Date(c.evaluatedAt))
    throw DomainError.conflict(
      `training ${training.id} was recorded before the latest evaluation: it stays as that evaluation's evidence`,
      { trainingId: training.id },
    );
}

/**
 * Correct a recorded training (its dates, domains, trainer, proofs or certificate of attendance)
 * while the candidacy can still record trainings: the whole form again at the candidate's version
 * read, new documents checked and frozen like at recording, the trail keeping before and after.
 */
@Injectable()
export class EditTraining {
  constructor(
    private readonly lifecycle: CandidacyLifecycle,
    private readonly files: CandidateFiles,
  ) {}

  readonly execute: RpcHandler<'candidacy.trainings.edit'> = async (principal, request) => {
    unknownDomains(request.domainIds);
    const candidate = await this.lifecycle.load(principal, request.candidateId);
    const current = candidate.trainings?.find((t) => t.id === request.trainingId);
    if (!current) throw DomainError.notFound(`training ${request.trainingId}`);
    requireEditable(candidate, current);
    await this.lifecycle.check(candidate, 'edit_training', principal, request.version);
    await this.files.require(candidate, documentFields(request), `training:${current.id}`);
    const { after, change } = await this.lifecycle.apply(
      principal,
      candidate,
      'edit_training',
      (c, now) => {
        const before = c.trainings?.find((t) => t.id === current.id);
        if (!before) throw DomainError.notFound(`training ${current.id}`);
        requireEditable(c, before);
        const training: TrainingEntry = {
          id: before.id,
          ...trainingForm(request),
          recordedAt: before.recordedAt,
          recordedBy: before.recordedBy,
          editedAt: now,
          editedBy: principal.userId,
        };
        const trainings = (c.trainings ?? []).map((t) => (t.id === training.id ? training : t));
        const attendedAt = attendedAtOf(trainings);
        return {
          training,
          // null when no certificate of attendance is left: the final evaluation waits for one again.
          $set: { trainings, updatedAt: now, attendedAt: attendedAt ?? null },
          what: `training ${training.id} corrected (${request.title})`,
          before: withoutStamps(before),
          after: withoutStamps(training),
        };
      },
      { expectedVersion: request.version },
    );
    return toTrainingResponse(after, change.training);
  };
}

/** What the user changed, without the record's own dates. */
function withoutStamps(t: TrainingEntry): Partial<TrainingEntry> {
  const { recordedAt: _r, recordedBy: _b, editedAt: _e, editedBy: _eb, ...fields } = t;
  return fields;
}
