import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type RpcHandler } from '@certhub/platform';
import { candidateEvent } from '../../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../../candidacy/candidacy-lifecycle';
import { CandidateFiles, documentFields } from '../../candidacy/candidate-files';
import type { TrainingEntry } from '../../candidacy/candidate.schema';
import { unknownDomains } from '../training-domains';
import { toTrainingResponse, trainingForm } from '../training.mapper';

/**
 * Record a training of the candidate (docs/domain/individuals-certification.md#training-between-evaluations):
 * the domains it addresses, its dates and proofs. With a certificate of attendance it opens the way
 * to the next (final) evaluation. Its documents are frozen as its evidence.
 */
@Injectable()
export class RecordTraining {
  constructor(
    private readonly lifecycle: CandidacyLifecycle,
    private readonly files: CandidateFiles,
  ) {}

  readonly execute: RpcHandler<'candidacy.trainings.record'> = async (principal, request) => {
    unknownDomains(request.domainIds);
    const candidate = await this.lifecycle.loadChecked(principal, request.candidateId, 'record_training');
    const id = `trn_${randomBytes(6).toString('hex')}`;
    await this.files.require(candidate, documentFields(request), `training:${id}`);
    const attended = Boolean(request.attendanceCertificateDocumentId);
    const { after, change } = await this.lifecycle.apply(
      principal,
      candidate,
      'record_training',
      (c, now) => {
        const training: TrainingEntry = {
          id,
          ...trainingForm(request),
          recordedAt: now,
          recordedBy: principal.userId,
        };
        return {
          training,
          $set: { updatedAt: now, ...(attended ? { attendedAt: now } : {}) },
          $push: { trainings: training },
          $inc: { recorded: 1 },
          what: `training ${id} recorded (${request.title}, domains ${request.domainIds.join(', ')}${attended ? ', attendance certified' : ''})`,
          events: () => [
            candidateEvent(
              c,
              'certhub.candidacy.training_recorded.v1',
              { trainingId: id, domainIds: request.domainIds, attended, recordedBy: principal.userId },
              now,
            ),
          ],
        };
      },
    );
    return toTrainingResponse(after, change.training);
  };
}
