import { DomainError } from '../errors/domain-error';

/**
 * One row of an aggregate's state machine: the action, the statuses it is accepted in, where it
 * leads and who may take it. Anything not in the table is refused with 409 and the current status.
 */
export interface Transition<
  S extends string,
  A extends string,
  G extends string = string,
  R extends string = string,
> {
  readonly action: A;
  readonly from: readonly S[];
  /**
   * `same` keeps the status (the action changes data only, still trailed and evented); `decided`
   * lets the command name the target from what it finds (a review's outcome).
   */
  readonly to: S | 'same' | 'decided';
  /** Roles allowed to act; `system` is the platform itself (schedulers, consumers). */
  readonly by: readonly (R | 'system')[];
  /** Conditions on the aggregate's data, each named, never hidden transitions. */
  readonly guards?: readonly G[];
}

export type LifecycleTable<
  S extends string,
  A extends string,
  G extends string = string,
  R extends string = string,
> = readonly Transition<S, A, G, R>[];

/** The row that lets `action` run in `status`, or undefined (the caller answers 409). */
export function transitionFor<S extends string, A extends string, G extends string, R extends string>(
  table: LifecycleTable<S, A, G, R>,
  status: S,
  action: A,
): Transition<S, A, G, R> | undefined {
  return table.find((t) => t.action === action && t.from.includes(status));
}

/** The rows of one action (some actions have several rows with different guards). */
export function transitionsOf<S extends string, A extends string, G extends string, R extends string>(
  table: LifecycleTable<S, A, G, R>,
  action: A,
): readonly Transition<S, A, G, R>[] {
  return table.filter((t) => t.action === action);
}

/** Target status of a row applied in `status`; a `decided` row without a decision stays put. */
export function targetOf<S extends string>(row: Transition<S, string>, status: S, decided?: S): S {
  if (row.to === 'same') return status;
  if (row.to === 'decided') return decided ?? status;
  return row.to;
}

/** 409 naming the current status: the answer to every (status, action) pair a table lacks. */
export function invalidTransition(kind: string, status: string, action: string): DomainError {
  return new DomainError('invalid_transition', `${action} is not allowed while the ${kind} is ${status}`, {
    currentStatus: status,
    action,
  });
}
