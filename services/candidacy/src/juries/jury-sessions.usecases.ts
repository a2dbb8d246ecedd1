import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CANDIDACY_STATUSES,
  type JurySession,
  type JurySessionDetail,
  type Principal,
} from '@certhub/contracts';
import { DomainError, type RpcHandler, toPage } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import { CandidateRepository } from '../candidacy/candidate.repository';
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
      ...(request.memberIds?.length ? { memberIds: [...new Set(request.memberIds)] } : {}),
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
    return toPage(items.map(toJurySessionResponse), total, query);
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

/**
 * One session, for its certifier's staff and its jury: the members named on it (none named: the
 * certifier's whole jury); anyone else, another certifier's people included, gets 404.
 */
async function readableSession(
  sessions: JurySessionRepository,
  principal: Principal,
  sessionId: string,
): Promise<JurySessionView> {
  const session = await sessions.find(certifierOf(principal), sessionId);
  const staff = principal.roles.some((r) => r === 'cb_admin' || r === 'certifier_staff');
  const sits = !session?.memberIds?.length || session.memberIds.includes(principal.userId);
  if (!session || !(staff || (principal.roles.includes('jury_member') && sits)))
    throw DomainError.notFound(`jury session ${sessionId}`);
  return session;
}

/** The session with its members and how many of its dossiers stand in each status. */
@Injectable()
export class JurySessionDetails {
  constructor(private readonly candidates: CandidateRepository) {}

  async of(session: JurySessionView): Promise<JurySessionDetail> {
    const byStatus = await this.candidates.countBySession(
      session.certifierId,
      session._id,
      CANDIDACY_STATUSES,
    );
    return {
      ...toJurySessionResponse(session),
      memberIds: session.memberIds ?? [],
      assigned: { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus },
    };
  }
}

@Injectable()
export class GetJurySession {
  constructor(
    private readonly sessions: JurySessionRepository,
    private readonly details: JurySessionDetails,
  ) {}

  readonly execute: RpcHandler<'candidacy.jury-sessions.get'> = async (principal, request) =>
    this.details.of(await readableSession(this.sessions, principal, request.sessionId));
}

/** The certifier's staff name who sits in a session. */
@Injectable()
export class SetJuryMembers {
  constructor(
    private readonly sessions: JurySessionRepository,
    private readonly details: JurySessionDetails,
  ) {}

  readonly execute: RpcHandler<'candidacy.jury-sessions.set-members'> = async (principal, request) => {
    const session = await readableSession(this.sessions, principal, request.sessionId);
    const updated = await this.sessions.setMembers(session, [...new Set(request.memberIds)]);
    if (!updated) throw DomainError.conflict(`jury session ${session._id} changed meanwhile: read it again`);
    return this.details.of(updated);
  };
}
