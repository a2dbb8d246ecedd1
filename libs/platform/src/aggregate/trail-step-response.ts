/** A trail step as the write path stores it (see TrailStep), before/after snapshots aside. */
interface StoredStep<S extends string> {
  at: Date | string;
  by: string;
  action: string;
  from?: S;
  to: S;
  what: string;
}

/**
 * A stored trail step as the wire shows it (contracts' trailEntryOf): the date in ISO form, the
 * status it left only when there was one (not for the first step), no snapshots.
 */
export function toTrailStepResponse<S extends string>(step: StoredStep<S>) {
  return {
    at: new Date(step.at).toISOString(),
    by: step.by,
    action: step.action,
    ...(step.from ? { from: step.from } : {}),
    to: step.to,
    what: step.what,
  };
}
