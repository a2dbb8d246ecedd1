/**
 * One row of an aggregate's state machine: the action, the statuses it is accepted in, where it
 * leads and who may take it. Anything not in the table is refused with 409 and the current status.
 * The tables are data, here next to the catalogue, so that the gateway (the routes' roles), the
 * OpenAPI document, the services (their write path) and the portal (which actions it offers) read
 * one rule; the guards' implementations stay with the services that own the data they read.
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

/**
 * The roles that may take any of `actions` (their rows' `by`, in the table's order, `system`
 * aside): the roles of the endpoint that takes them, so that the catalogue never restates the table.
 */
export function actorsOf<A extends string, R extends string>(
  table: LifecycleTable<string, A, string, R>,
  ...actions: readonly [A, ...A[]]
): R[] {
  const actors: R[] = [];
  for (const row of table)
    if (actions.includes(row.action))
      for (const by of row.by) if (by !== 'system' && !actors.includes(by)) actors.push(by);
  return actors;
}

/**
 * The roles in every list, in the first one's order: an endpoint that takes several actions in
 * turn (a complaint's `act`, then the dossier's `suspend`) is open to who may take them all.
 */
export function actorsOfAll<R extends string>(
  first: readonly R[],
  ...others: readonly (readonly R[])[]
): R[] {
  return first.filter((role) => others.every((list) => list.includes(role)));
}

/**
 * Whether one of `roles` may take `action` in `status` (the row's guards aside, which read the
 * aggregate's data): what a screen asks before offering an action the service would refuse.
 */
export function mayTake<S extends string, A extends string, R extends string>(
  table: LifecycleTable<S, A, string, R>,
  status: S,
  action: A,
  roles: readonly string[],
): boolean {
  return table.some(
    (row) =>
      row.action === action &&
      row.from.includes(status) &&
      row.by.some((by) => by !== 'system' && roles.includes(by)),
  );
}
