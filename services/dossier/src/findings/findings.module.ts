import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { OutboxModule } from '@certhub/platform';
import { AuditsModule } from '../audits/audits.module';
import { SchemesModule } from '../schemes/schemes.module';
import { AuditChecklist } from './audit-checklist/audit-checklist.usecase';
import { DossierLifecycle } from '../lifecycle/dossier-lifecycle';
import { DeclareFindingsRecorded } from './declare-findings-recorded/declare-findings-recorded.usecase';
import { EditItems } from './edit-items/edit-items.usecase';
import { FindingLifecycle } from './finding-lifecycle';
import { FINDING_MESSAGE_MODEL, FindingMessageSchema } from './finding-message.schema';
import { FindingThread } from './finding-thread/finding-thread.usecase';
import { FindingRepository } from './finding.repository';
import { FINDING_MODEL, FindingSchema } from './finding.schema';
import { FindingsController } from './findings.controller';
import { InstructFinding } from './instruct-finding/instruct-finding.usecase';
import { ReclassifyOnAppeal } from './reclassify-on-appeal/reclassify-on-appeal.usecase';
import { RecordFinding } from './record-finding/record-finding.usecase';
import { ResultSheet } from './result-sheet/result-sheet.usecase';
import { ReviewItem } from './review-item/review-item.usecase';
import { SearchFindings } from './search-findings/search-findings.usecase';
import { SendItems } from './send-items/send-items.usecase';

/** The dossier lifecycle's findings guards are answered here, where the findings are. */
@Injectable()
class FindingGuards implements OnModuleInit {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly findings: FindingRepository,
  ) {}

  onModuleInit(): void {
    // Any open non-conformity of the dossier counts: older audits' findings are closed by the time
    // a new audit is planned, so this is the current audit's in practice, and never less strict.
    const open = (d: { _id: string; cbId: string }) => this.findings.countOpen(d.cbId, { dossierId: d._id });
    this.lifecycle.guards.register('findings_open', async (d) => (await open(d)) > 0);
    this.lifecycle.guards.register('findings_closed', async (d) => (await open(d)) === 0);
  }
}

@Module({
  imports: [
    OutboxModule.forFeature([
      { name: FINDING_MODEL, schema: FindingSchema },
      { name: FINDING_MESSAGE_MODEL, schema: FindingMessageSchema },
    ]),
    AuditsModule,
    SchemesModule,
  ],
  controllers: [FindingsController],
  providers: [
    FindingRepository,
    FindingLifecycle,
    FindingGuards,
    RecordFinding,
    DeclareFindingsRecorded,
    InstructFinding,
    EditItems,
    ReviewItem,
    SendItems,
    FindingThread,
    SearchFindings,
    AuditChecklist,
    ResultSheet,
    ReclassifyOnAppeal,
  ],
  exports: [FindingRepository, ResultSheet, ReclassifyOnAppeal],
})
export class FindingsModule {}
