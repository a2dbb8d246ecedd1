import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { JurySession, Principal } from '@certhub/contracts';
import { DomainError, type RpcHandler } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import { JurySessionRepository } from './jury-session.repository';
import type { JurySessionView } from './jury-session.schema';

const toJurySessionResponse = (s: JurySessionView): JurySession => ({
  id: s._id,
  certifierId: s.certifierId,
  region: s.region,
  sittingOn: s.sittingOn,
  ...(s.closesOn ? { closesOn: s.closesOn } : {}),
  sendMode: s.sendMode,
  ...(s.title ? { title: s.title } : {}),
  createdAt: new Date(s.createdAt).toISOString(),
  version: s.version,
});

/** The certifier a principal acts for: his own tenant on the certifier's side. */
function certifierOf(principal: Principal): string {
  if (principal.tenantType !== 'cb') throw DomainError.forbidden('jury sessions are the certifier’s');
  return principal.tenantId;
}

/** A session of the caller's certifier: a region, a sitting date, how dossiers reach the jury. */
@Injectable()
export class CreateJurySession {
  constructor(private readonly sessions: JurySessionRepository) {}

  readonly execute: RpcHandler<'candidacy.jury-sessions.create'> = async (principal, request) => {
    const certifierId = certifierOf(principal);
    const session: JurySessionView = {
      _id: `jury_${randomBytes(6).toString('hex')}`,
      tenantId: certifierId,
      certifierId,
      region: request.region,
      sittingOn: request.sittingOn,
      ...(request.closesOn ? { closesOn: request.closesOn } : {}),
      sendMode: request.sendMode,
      ...(request.title ? { title: request.title } : {}),
      createdAt: new Date(),
      createdBy: principal.userId,
      version: 0,
    };
    await this.sessions.insert(session);
    return toJurySessionResponse(session);
  };
}

/**
 * The calendar of a certifier's juries (dates, regions, send modes: no candidate in it), next ones
 * first from today unless asked otherwise. The certifier's people read their own; a network's
 * users name their certifier.
 */
@Injectable()
export class ListJurySessions {
  constructor(private readonly sessions: JurySessionRepository) {}

  readonly execute: RpcHandler<'candidacy.jury-sessions.list'> = async (principal, query) => {
    const certifierId = principal.tenantType === 'cb' ? principal.tenantId : query.certifierId;
    if (!certifierId)
      throw DomainError.invalid([
        { field: 'certifierId', message: 'name the certifier whose juries you look for' },
      ]);
    const from = query.from ?? new Date().toISOString().slice(0, 10);
    const filter: FilterQuery<JurySessionView> = {
      sittingOn: { $gte: from, ...(query.to ? { $lte: query.to } : {}) },
      ...(query.region ? { region: query.region } : {}),
    };
    const order = query.sort === '-sittingOn' ? -1 : 1;
    const { items, total } = await this.sessions.list(certifierId, filter, query, order);
    return { items: items.map(toJurySessionResponse), page: query.page, pageSize: query.pageSize, total };
  };
}

/**
 * Dossiers awaiting certification join a session of their certifier (each through the candidacy
 * table: one not awaiting certification, or not the certifier's, is reported and left as it is).
 */
@Injectable()
export class AssignJury {
  constructor(
    private readonly sessions: JurySessionRepository,
    private readonly lifecycle: CandidacyLifecycle,
  ) {}

  readonly execute: RpcHandler<'candidacy.jury-sessions.assign'> = async (principal, request) => {
    const session = await this.sessions.find(certifierOf(principal), request.sessionId);
    if (!session) throw DomainError.notFound(`jury session ${request.sessionId}`);
    const today = new Date().toISOString().slice(0, 10);
    if ((session.closesOn ?? session.sittingOn) < today)
      throw DomainError.conflict(`jury session ${session._id} is closed to new dossiers`);
    const jury = {
      sessionId: session._id,
      region: session.region,
      sittingOn: session.sittingOn,
      sendMode: session.sendMode,
    };
    const results = [];
    for (const candidateId of [...new Set(request.candidateIds)]) {
      try {
        await this.lifecycle.apply(principal, candidateId, 'assign_jury', (_c, now) => ({
          $set: { jury, updatedAt: now },
          what: `assigned to the jury of ${session.sittingOn} (${session.region})`,
        }));
        results.push({ candidateId, assigned: true });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ candidateId, assigned: false, error: error.message });
      }
    }
    return { session: toJurySessionResponse(session), results };
  };
}
