import type { Transition } from '@certhub/contracts';
import { DomainError } from '../errors/domain-error';

// The tables are data in the contracts (the catalogue's roles come from them); the write path and
// its callers find their types here too.
export { transitionFor, transitionsOf, type LifecycleTable, type Transition } from '@certhub/contracts';

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
