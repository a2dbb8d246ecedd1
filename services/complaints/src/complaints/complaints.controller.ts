import { handle, rpcHandlers } from '@certhub/platform';
import { AuthoriseComplaintUpload } from './authorise-upload/authorise-upload.usecase';
import { ActOnDossier } from './act-on-dossier/act-on-dossier.usecase';
import { ComplaintStatistics } from './complaint-statistics/complaint-statistics.usecase';
import { FollowComplaint } from './follow-complaint/follow-complaint.usecase';
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
  handle('complaints.complementary-audit', ActOnDossier, 'complementaryAudit'),
  handle('complaints.suspension', ActOnDossier, 'suspension'),
  handle('complaints.follow', FollowComplaint),
  handle('complaints.uploads.authorise', AuthoriseComplaintUpload),
  handle('complaints.statistics', ComplaintStatistics),
);
