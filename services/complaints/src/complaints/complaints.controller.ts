import { handle, rpcHandlers } from '@certhub/platform';
import { HandleComplaint } from './handle-complaint/handle-complaint.usecase';
import { LodgeComplaint } from './lodge-complaint/lodge-complaint.usecase';
import { SearchComplaints } from './search-complaints/search-complaints.usecase';

export const ComplaintsController = rpcHandlers(
  handle('complaints.lodge', LodgeComplaint),
  handle('complaints.list', SearchComplaints),
  handle('complaints.get', SearchComplaints, 'get'),
  handle('complaints.acknowledge', HandleComplaint, 'acknowledge'),
  handle('complaints.dismiss', HandleComplaint, 'dismiss'),
  handle('complaints.answer', HandleComplaint, 'answer'),
);
