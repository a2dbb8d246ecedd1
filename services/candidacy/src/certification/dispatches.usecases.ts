import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, type RpcHandler } from '@certhub/platform';
import { candidateEvent } from '../candidacy/candidacy-events';
import { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import type { DispatchEntry } from '../candidacy/candidate.schema';
import { certificationCommand } from './certification-command';

/** A paper certificate posted to the candidate's address: date, channel, tracking number. */
@Injectable()
export class RecordDispatch {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.dispatches.record'> = (principal, request) =>
    certificationCommand(this.lifecycle, principal, request.candidateId, 'record_dispatch', (_c, now) => {
      const dispatch: DispatchEntry = {
        id: `dsp_${randomBytes(5).toString('hex')}`,
        sentOn: request.sentOn,
        channel: request.channel,
        ...(request.trackingNumber ? { trackingNumber: request.trackingNumber } : {}),
        recordedAt: now,
        recordedBy: principal.userId,
      };
      return {
        $push: { dispatches: dispatch },
        what: `certificate posted on ${request.sentOn} (${request.channel}${request.trackingNumber ? `, ${request.trackingNumber}` : ''})`,
      };
    });
}

/** The post returned the certificate ("pli non distribué"): the establishment is told. */
@Injectable()
export class RecordUndelivered {
  constructor(private readonly lifecycle: CandidacyLifecycle) {}

  readonly execute: RpcHandler<'candidacy.dispatches.undelivered'> = (principal, request) =>
    certificationCommand(this.lifecycle, principal, request.candidateId, 'record_dispatch', (c, now) => {
      const dispatch = c.dispatches?.find((d) => d.id === request.dispatchId);
      if (!dispatch) throw DomainError.notFound(`dispatch ${request.dispatchId}`);
      if (dispatch.undelivered)
        throw DomainError.conflict(`dispatch ${dispatch.id} is already recorded undelivered`);
      const undelivered = {
        returnedOn: request.returnedOn,
        ...(request.reason ? { reason: request.reason } : {}),
      };
      return {
        $set: {
          dispatches: (c.dispatches ?? []).map((d) => (d.id === dispatch.id ? { ...d, undelivered } : d)),
        },
        what: `certificate returned undelivered on ${request.returnedOn}${request.reason ? `: ${request.reason}` : ''}`,
        events: () => [
          candidateEvent(
            c,
            'certhub.candidacy.dispatch_undelivered.v1',
            { dispatchId: dispatch.id, returnedOn: request.returnedOn, recordedBy: principal.userId },
            now,
          ),
        ],
      };
    });
}
