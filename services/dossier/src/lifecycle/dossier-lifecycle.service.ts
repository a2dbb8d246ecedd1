import { Injectable } from '@nestjs/common';
import type { CloudEvent, DossierStatus, Principal } from '@certhub/contracts';
import { DomainError } from '@certhub/platform';
import type { UpdateQuery } from 'mongoose';
import { dossierNotFound, isSystem } from '../dossiers/dossier-access';
import { dossierEvent, dossierRef } from '../dossiers/dossier-events';
import { DossierRepository } from '../dossiers/dossier.repository';
import type { DossierView, TrailEntry } from '../dossiers/dossier.schema';
import { LifecycleGuards } from './lifecycle-guards';
import { targetOf, transitionFor, type DossierAction } from './lifecycle.table';

export interface TransitionCommand {
  dossierId: string;
  action: DossierAction;
  principal: Principal;
  /** Given: the caller saw this version and a concurrent change must be refused (409 stale). */
  expectedVersion?: number;
  update?: {
    $set?: Record<string, unknown>;
    $addToSet?: Record<string, unknown>;
    $push?: Record<string, unknown>;
    $inc?: Record<string, number>;
  };
  /** The fact events of the change (status_changed is added by the lifecycle itself). */
  events?: (before: DossierView, to: DossierStatus) => CloudEvent[];
  trail: { what: string; before?: unknown; after?: unknown };
}

const RETRIES = 3;
/** Fields the lifecycle owns: a command's update may not touch them. */
const RESERVED = ['status', 'version', 'trail', 'outbox', 'tenantId', '_id'];

/**
 * The one way a dossier changes: the lifecycle table decides whether the action is allowed in the
 * current status and to whom, the guards check the data, and one atomic update (at the loaded
 * version) writes the status, the command's data, the trail entry and the events together.
 */
@Injectable()
export class DossierLifecycle {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly guards: LifecycleGuards,
  ) {}

  /**
   * The dossier a use case is about to act on: visible to the principal (404 otherwise) and in a
   * status where the table accepts the action (409 otherwise), before any other work is done.
   */
  async loadFor(principal: Principal, dossierId: string, action: DossierAction): Promise<DossierView> {
    const dossier = await this.dossiers.findVisible(principal, dossierId);
    if (!dossier) throw dossierNotFound(dossierId);
    assertInTable(dossier.status, action);
    return dossier;
  }

  async apply(cmd: TransitionCommand): Promise<DossierView> {
    checkReserved(cmd.update);
    for (let attempt = 0; ; attempt += 1) {
      const dossier = await this.dossiers.findVisible(cmd.principal, cmd.dossierId);
      if (!dossier) throw dossierNotFound(cmd.dossierId);
      if (cmd.expectedVersion !== undefined && dossier.version !== cmd.expectedVersion) throw stale(dossier);
      const to = await this.check(cmd, dossier);
      const updated = await this.dossiers.applyAtVersion(dossier, this.updateOf(cmd, dossier, to));
      if (updated) {
        return updated;
      }
      // Somebody changed the dossier since it was loaded.
      if (cmd.expectedVersion !== undefined || attempt >= RETRIES) throw stale(dossier);
    }
  }

  /** Table, roles, guards, in that order; returns the target status. */
  private async check(cmd: TransitionCommand, dossier: DossierView): Promise<DossierStatus> {
    const row = transitionFor(dossier.status, cmd.action);
    if (!row) throw invalidTransition(dossier.status, cmd.action);
    const system = isSystem(cmd.principal);
    const allowed = row.by.some((by) => (by === 'system' ? system : cmd.principal.roles.includes(by)));
    if (!allowed) throw DomainError.forbidden(`${cmd.action} is for ${row.by.join(', ')}`);
    const failing = await this.guards.firstFailing(row.guards ?? [], dossier);
    if (failing) {
      throw new DomainError(
        'invalid_transition',
        `${cmd.action} is not allowed while the dossier is ${dossier.status}: ${failing} does not hold`,
        { currentStatus: dossier.status, action: cmd.action, guard: failing },
      );
    }
    return targetOf(row, dossier.status);
  }

  private updateOf(
    cmd: TransitionCommand,
    dossier: DossierView,
    to: DossierStatus,
  ): UpdateQuery<DossierView> {
    const now = new Date();
    const by = cmd.principal.userId;
    const entry: TrailEntry = {
      at: now,
      who: by,
      action: cmd.action,
      what: cmd.trail.what,
      fromStatus: dossier.status,
      toStatus: to,
      ...(cmd.trail.before === undefined ? {} : { before: cmd.trail.before }),
      ...(cmd.trail.after === undefined ? {} : { after: cmd.trail.after }),
    };
    const events: CloudEvent[] = [];
    if (to !== dossier.status) {
      events.push(
        dossierEvent(
          'certhub.dossier.status_changed.v1',
          {
            ...dossierRef(dossier),
            reference: dossier.reference,
            from: dossier.status,
            to,
            at: now.toISOString(),
            by,
          },
          dossier,
          now,
        ),
      );
    }
    events.push(...(cmd.events?.(dossier, to) ?? []));
    // Event ids name the dossier version they come from: the same transition applied twice from one
    // version (two replicas racing on a store without atomic conditional updates, FerretDB v1)
    // publishes the same ids, and JetStream's de-duplication keeps one.
    const identified = events.map((event, i) => ({
      ...event,
      id: `${dossier._id}.v${dossier.version + 1}.${i}`,
    }));
    const update: UpdateQuery<DossierView> = {
      $set: { ...cmd.update?.$set, status: to, updatedAt: now },
      $inc: { ...cmd.update?.$inc, version: 1 },
      $push: {
        ...cmd.update?.$push,
        trail: entry,
        ...(identified.length ? { outbox: { $each: identified } } : {}),
      },
    };
    if (cmd.update?.$addToSet && Object.keys(cmd.update.$addToSet).length)
      update.$addToSet = cmd.update.$addToSet;
    return update;
  }
}

/** 409 naming the current status: the answer to every (status, action) pair the table lacks. */
export function invalidTransition(status: DossierStatus, action: DossierAction): DomainError {
  return new DomainError('invalid_transition', `${action} is not allowed while the dossier is ${status}`, {
    currentStatus: status,
    action,
  });
}

/** For use cases that validate input before applying: refuse early what the table refuses anyway. */
export function assertInTable(status: DossierStatus, action: DossierAction): void {
  if (!transitionFor(status, action)) throw invalidTransition(status, action);
}

function stale(dossier: DossierView): DomainError {
  return new DomainError(
    'stale_version',
    `dossier ${dossier._id} was changed meanwhile: reload it and retry`,
    {
      currentStatus: dossier.status,
    },
  );
}

function checkReserved(update: TransitionCommand['update']): void {
  for (const part of Object.values(update ?? {})) {
    for (const key of Object.keys(part ?? {})) {
      if (RESERVED.includes(key.split('.')[0] ?? key))
        throw new DomainError('internal', `a transition's update may not set ${key}: the lifecycle owns it`);
    }
  }
}
