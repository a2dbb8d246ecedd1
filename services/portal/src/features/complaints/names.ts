import { useCbPeople } from '../cb/people';

const HANDLER_ROLES = new Set(['cb_admin', 'analyst', 'decision_maker']);

/**
 * The CB's people as the complaint and appeal pages name them: whoever may handle a case (an
 * administrator, an analyst, a decision maker), listed for the administrator who names one.
 */
export function useCaseNames() {
  const people = useCbPeople();
  return {
    ...people,
    handlers: people.staff.filter((u) => HANDLER_ROLES.has(u.role)),
  };
}
