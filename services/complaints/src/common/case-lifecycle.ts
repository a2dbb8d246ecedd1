import type { GuardContext, TrailStep } from '@certhub/platform';

/** The `handler` guard of complaints and appeals: the case's named handler, or a CB administrator. */
export const handlerOrCbAdmin = (c: { handlerId?: string }, { principal }: GuardContext): boolean =>
  principal.roles.includes('cb_admin') || c.handlerId === principal.userId;

/** A case's trail entry: the step the write path records, without before/after snapshots. */
export const caseTrailEntry = <S extends string>({ before: _before, after: _after, ...step }: TrailStep<S>) =>
  step;
