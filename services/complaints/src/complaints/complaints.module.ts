import { Module } from '@nestjs/common';
import { OutboxModule, SequencesModule } from '@certhub/platform';
import { ComplaintLifecycle } from './complaint-lifecycle';
import { ComplaintRepository } from './complaint.repository';
import { COMPLAINT_MODEL, ComplaintSchema } from './complaint.schema';
import { ComplaintsController } from './complaints.controller';
import { HandleComplaint } from './handle-complaint/handle-complaint.usecase';
import { IdentityLookups } from './identity-lookups';
import { LodgeComplaint } from './lodge-complaint/lodge-complaint.usecase';
import { SearchComplaints } from './search-complaints/search-complaints.usecase';

/** Complaints: their register, write path and events (relayed from each complaint's outbox). */
@Module({
  imports: [OutboxModule.forFeature([{ name: COMPLAINT_MODEL, schema: ComplaintSchema }]), SequencesModule],
  controllers: [ComplaintsController],
  providers: [
    ComplaintRepository,
    ComplaintLifecycle,
    IdentityLookups,
    LodgeComplaint,
    HandleComplaint,
    SearchComplaints,
  ],
})
export class ComplaintsModule {}
