import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { InjectModel, MongooseModule } from '@nestjs/mongoose';
import { OutboxRelay } from '@certhub/platform';
import type { Model } from 'mongoose';
import { LifecycleGuards } from '../lifecycle/lifecycle-guards';
import { SchemesModule } from '../schemes/schemes.module';
import { AuditRepository } from './audit.repository';
import { AUDIT_MODEL, AuditSchema, type AuditDoc } from './audit.schema';
import { AuditorDirectory } from './auditor-directory';
import { AuditsController } from './audits.controller';
import { BookingRepository } from './booking.repository';
import { BOOKING_MODEL, BookingSchema } from './booking.schema';
import { CancelAudit } from './cancel-audit/cancel-audit.usecase';
import { CompleteAudit } from './complete-audit/complete-audit.usecase';
import { DocumentContexts } from './document-contexts';
import { PlanAudit } from './plan-audit/plan-audit.usecase';
import { RescheduleAudit } from './reschedule-audit/reschedule-audit.usecase';
import { SchemeRules } from './scheme-rules';
import { SearchAudits } from './search-audits/search-audits.usecase';

/**
 * Audit events wait in each audit's outbox until the platform's relay publishes them. The
 * lifecycle guard about planned audits is answered here, where the audits are.
 */
@Injectable()
class AuditsWiring implements OnModuleInit {
  constructor(
    @InjectModel(AUDIT_MODEL) private readonly model: Model<AuditDoc>,
    private readonly relay: OutboxRelay,
    private readonly guards: LifecycleGuards,
    private readonly audits: AuditRepository,
  ) {}

  onModuleInit(): void {
    this.relay.watch(this.model);
    // The audit being planned is already stored (pending) when the guard runs: it is the one allowed.
    this.guards.register(
      'no_other_audit_planned',
      async (d) => (await this.audits.countActive(d.cbId, d._id)) <= 1,
    );
  }
}

/**
 * Audits ("interventions", docs/domain/organisation-certification.md#audits-interventions); DossierLifecycle
 * and DossierRepository come from the global LifecycleModule.
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: AUDIT_MODEL, schema: AuditSchema },
      { name: BOOKING_MODEL, schema: BookingSchema },
    ]),
    SchemesModule,
  ],
  controllers: [AuditsController],
  providers: [
    AuditRepository,
    BookingRepository,
    AuditsWiring,
    AuditorDirectory,
    DocumentContexts,
    SchemeRules,
    PlanAudit,
    RescheduleAudit,
    CancelAudit,
    CompleteAudit,
    SearchAudits,
  ],
  exports: [AuditRepository, SchemeRules, DocumentContexts],
})
export class AuditsModule {}
