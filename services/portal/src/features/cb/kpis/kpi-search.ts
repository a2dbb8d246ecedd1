import { idParam } from '../../../lib/search';
import type { KpiSearch } from './KpiDashboard';

const day = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

/** The KPI filters from the URL: kept there so that a view of the figures can be shared. */
export const parseKpiSearch = (search: Record<string, unknown>): KpiSearch => ({
  cb: idParam(search['cb']),
  scheme: idParam(search['scheme']),
  from: day(search['from']),
  to: day(search['to']),
});
