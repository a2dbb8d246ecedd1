import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { InjectModel, MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@certhub/platform';
import type { Model } from 'mongoose';
import { AuditsModule } from '../audits/audits.module';
import { LifecycleGuards } from '../lifecycle/lifecycle-guards';
import { DeclareFindingsRecorded } from './declare-findings-recorded/declare-findings-recorded.usecase';
import { EditItems } from './edit-items/edit-items.usecase';
import {
  FINDING_MESSAGE_MODEL,
  FindingMessageSchema,
  type FindingMessageDoc,
} from './finding-message.schema';
import { FindingSteps } from './finding-steps';
import { FindingThread } from './finding-thread/finding-thread.usecase';
import { FindingRepository } from './finding.repository';
import { FINDING_MODEL, FindingSchema, type FindingDoc } from './finding.schema';
import { FindingsController } from './findings.controller';
import { InstructFinding } from './instruct-finding/instruct-finding.usecase';
import { RecordFinding } from './record-finding/record-finding.usecase';
import { ReviewItem } from './review-item/review-item.usecase';
import { SearchFindings } from './search-findings/search-findings.usecase';
import { SendItems } from './send-items/send-items.usecase';

/**
 * Finding and message events wait in their documents' outbox until the platform's relay publishes
 * them. The dossier lifecycle's findings guards are answered here, where the findings are.
 */
@Injectable()
class FindingsWiring implements OnModuleInit {
  constructor(
    @InjectModel(FINDING_MODEL) private readonly findingModel: Model<FindingDoc>,
    @InjectModel(FINDING_MESSAGE_MODEL) private readonly messageModel: Model<FindingMessageDoc>,
    private readonly relay: OutboxRelay,
    private readonly guards: LifecycleGuards,
    private readonly findings: FindingRepository,
  ) {}

  onModuleInit(): void {
    this.relay.watch(this.findingModel);
    this.relay.watch(this.messageModel);
    // Any open non-conformity of the dossier counts: older audits' findings are closed by the time
    // a new audit is planned, so this is the current audit's in practice, and never less strict.
    this.guards.register(
      'findings_open',
      async (d) => (await this.findings.countOpen(d.cbId, { dossierId: d._id })) > 0,
    );
    this.guards.register(
      'findings_closed',
      async (d) => (await this.findings.countOpen(d.cbId, { dossierId: d._id })) === 0,
    );
  }
}

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: FINDING_MODEL, schema: FindingSchema },
      { name: FINDING_MESSAGE_MODEL, schema: FindingMessageSchema },
    ]),
    AuditsModule,
  ],
  controllers: [FindingsController],
  providers: [
    FindingRepository,
    FindingSteps,
    FindingsWiring,
    RecordFinding,
    DeclareFindingsRecorded,
    InstructFinding,
    EditItems,
    ReviewItem,
    SendItems,
    FindingThread,
    SearchFindings,
  ],
})
export class FindingsModule {}
