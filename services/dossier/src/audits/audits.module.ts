import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { OutboxModule } from '@certhub/platform';
import { DossierLifecycle } from '../lifecycle/dossier-lifecycle';
import { QualificationsModule } from '../qualifications/qualifications.module';
import { SchemesModule } from '../schemes/schemes.module';
import { AuditLifecycle } from './audit-lifecycle';
import { AuditRepository } from './audit.repository';
import { AUDIT_MODEL, AuditSchema } from './audit.schema';
import { AuditsController } from './audits.controller';
import { BookingRepository } from './booking.repository';
import { BOOKING_MODEL, BookingSchema } from './booking.schema';
import { CancelAudit } from './cancel-audit/cancel-audit.usecase';
import { CompleteAudit } from './complete-audit/complete-audit.usecase';
import { PlanAudit } from './plan-audit/plan-audit.usecase';
import { RescheduleAudit } from './reschedule-audit/reschedule-audit.usecase';
import { SchemeRules } from './scheme-rules';
import { SearchAudits } from './search-audits/search-audits.usecase';

/** The dossier lifecycle's guard about planned audits is answered here, where the audits are. */
@Injectable()
class AuditGuards implements OnModuleInit {
  constructor(
    private readonly lifecycle: DossierLifecycle,
    private readonly audits: AuditRepository,
  ) {}

  onModuleInit(): void {
    // The audit being planned is already stored (pending) when the guard runs: it is the one allowed.
    this.lifecycle.guards.register(
      'no_other_audit_planned',
      async (d) => (await this.audits.countActive(d.cbId, d._id)) <= 1,
    );
  }
}

/**
 * Audits ("interventions", docs/domain/organisation-certification.md#audits-interventions); the dossier's
 * write path and repository come from the global LifecycleModule.
 */
@Module({
  imports: [
    OutboxModule.forFeature([{ name: AUDIT_MODEL, schema: AuditSchema }]),
    MongooseModule.forFeature([{ name: BOOKING_MODEL, schema: BookingSchema }]),
    SchemesModule,
    QualificationsModule,
  ],
  controllers: [AuditsController],
  providers: [
    AuditRepository,
    AuditLifecycle,
    BookingRepository,
    AuditGuards,
    SchemeRules,
    PlanAudit,
    RescheduleAudit,
    CancelAudit,
    CompleteAudit,
    SearchAudits,
  ],
  exports: [AuditRepository, AuditLifecycle, SchemeRules],
})
export class AuditsModule {}
