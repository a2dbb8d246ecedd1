import { Module } from '@nestjs/common';
import { OutboxModule, SequencesModule } from '@certhub/platform';
import { AuthoriseComplaintUpload } from './authorise-upload/authorise-upload.usecase';
import { ActOnDossier } from './act-on-dossier/act-on-dossier.usecase';
import { ComplainantMails } from './complainant-mails';
import { ComplaintEvidence } from './complaint-evidence';
import { ComplaintFollowLink } from './complaint-follow-link';
import { AppealsModule } from '../appeals/appeals.module';
import { ComplaintStatistics } from './complaint-statistics/complaint-statistics.usecase';
import { RegisterExportController } from './complaint-statistics/register-export.controller';
import { ComplaintLifecycle } from './complaint-lifecycle';
import { WatchDeadlines } from './watch-deadlines/watch-deadlines.usecase';
import { ComplaintRepository } from './complaint.repository';
import { COMPLAINT_MODEL, ComplaintSchema } from './complaint.schema';
import { ComplaintsController } from './complaints.controller';
import { HandleComplaint } from './handle-complaint/handle-complaint.usecase';
import { DossierLookups } from './dossier-lookups';
import { FollowComplaint } from './follow-complaint/follow-complaint.usecase';
import { IdentityLookups } from './identity-lookups';
import { LodgeComplaint } from './lodge-complaint/lodge-complaint.usecase';
import { SearchComplaints } from './search-complaints/search-complaints.usecase';

/** Complaints: their register, write path and events (relayed from each complaint's outbox). */
@Module({
  imports: [
    OutboxModule.forFeature([{ name: COMPLAINT_MODEL, schema: ComplaintSchema }]),
    SequencesModule,
    AppealsModule,
  ],
  controllers: [ComplaintsController, RegisterExportController],
  providers: [
    ComplaintRepository,
    ComplaintLifecycle,
    IdentityLookups,
    DossierLookups,
    ComplaintFollowLink,
    ComplainantMails,
    ComplaintEvidence,
    LodgeComplaint,
    ActOnDossier,
    FollowComplaint,
    AuthoriseComplaintUpload,
    ComplaintStatistics,
    WatchDeadlines,
    HandleComplaint,
    SearchComplaints,
  ],
})
export class ComplaintsModule {}
