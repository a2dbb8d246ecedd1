import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { candidateEvent } from '../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import { CandidateFiles } from '../candidacy/candidate-files';
import type { ComplementEntry } from '../candidacy/candidate.schema';
import { certificationCommand } from './certification-command';

/** The jury asks the establishment for complements: the dossier is the establishment's again. */
@Injectable()
export class RequestComplement {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.certification.request-complement'> = (principal, request) =>
    certificationCommand(this.lifecycle, principal, request.candidateId, 'request_complement', (c, now) => {
      const complement: ComplementEntry = {
        requestedAt: now,
        requestedBy: principal.userId,
        reason: request.reason,
        documentIds: [],
      };
      return {
        $push: { complements: complement },
        $set: { updatedAt: now },
        what: `complements requested by the jury: ${request.reason}`,
        events: () => [
          candidateEvent(
            c,
            'certhub.candidacy.jury_decided.v1',
            {
              decision: 'complement_requested',
              juryDate: c.jury?.sittingOn ?? '',
              reason: request.reason,
              decidedBy: principal.userId,
            },
            now,
          ),
        ],
      };
    });
}

/**
 * The establishment answers the open request, with documents uploaded to the candidate's context
 * (frozen as evidence of the answer); it then sends the dossier back.
 */
@Injectable()
export class AnswerComplement {
  constructor(
    private readonly lifecycle: CandidacyLifecycle,
    private readonly files: CandidateFiles,
  ) {}

  readonly execute: RpcHandler<'candidacy.certification.answer-complement'> = async (principal, request) => {
    const candidate = await this.lifecycle.loadChecked(principal, request.candidateId, 'complete');
    const open = (candidate.complements ?? []).length - 1;
    if (open < 0 || candidate.complements?.[open]?.answeredAt)
      throw DomainError.conflict('no request for complements is waiting for an answer');
    await this.files.require(
      candidate,
      request.documentIds.map((documentId, i) => ({ field: `documentIds.${i}`, documentId })),
      `complement:${candidate._id}:${open}`,
    );
    return certificationCommand(this.lifecycle, principal, candidate, 'complete', (c, now) => ({
      $set: {
        complements: (c.complements ?? []).map((k, i) =>
          i === open
            ? {
                ...k,
                answeredAt: now,
                answeredBy: principal.userId,
                answer: request.answer,
                documentIds: request.documentIds,
              }
            : k,
        ),
        updatedAt: now,
      },
      what: `complements provided: ${request.answer}`,
    }));
  };
}
