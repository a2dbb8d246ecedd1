import { handle, rpcHandlers } from '@certhub/platform';
import { GetDashboard } from './get-dashboard/get-dashboard.usecase';

export const DashboardController = rpcHandlers(handle('analytics.dashboard', GetDashboard));
