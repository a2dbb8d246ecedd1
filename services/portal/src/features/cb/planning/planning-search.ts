import { idParam, oneOfParam } from '../../../lib/search';
import { CALENDAR_VIEWS, type CalendarView } from './calendar';

export interface PlanningSearch {
  view?: CalendarView | undefined;
  /** A day of the period shown (`YYYY-MM-DD`); today when absent. */
  date?: string | undefined;
  /** `me` or an auditor's id: that auditor's interventions only. */
  auditor?: string | undefined;
}

export const parsePlanningSearch = (search: Record<string, unknown>): PlanningSearch => ({
  view: oneOfParam(CALENDAR_VIEWS, search['view']),
  date:
    typeof search['date'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(search['date'])
      ? search['date']
      : undefined,
  auditor: idParam(search['auditor']),
});
