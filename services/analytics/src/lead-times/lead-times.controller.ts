import { handle, rpcHandlers } from '@certhub/platform';
import { ComputeLeadTimes } from './compute-lead-times/compute-lead-times.usecase';

export const LeadTimesController = rpcHandlers(handle('analytics.lead-times', ComputeLeadTimes));
