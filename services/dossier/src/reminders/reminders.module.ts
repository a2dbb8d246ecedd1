import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { OutboxModule, PeriodicJobs, SERVICE_CONFIG } from '@certhub/platform';
import { AuditsModule } from '../audits/audits.module';
import type { DossierConfig } from '../config';
import { FindingsModule } from '../findings/findings.module';
import { ReminderRepository } from './reminder.repository';
import { REMINDER_MODEL, ReminderSchema } from './reminder.schema';
import { SendReminders } from './send-reminders/send-reminders.usecase';

/** Runs the reminders pass on a timer in every replica, at the job's clock (tests move it). */
@Injectable()
export class ReminderScheduler implements OnModuleInit {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DossierConfig,
    private readonly reminders: SendReminders,
    private readonly jobs: PeriodicJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'reminders',
      intervalMs: this.config.REMINDER_SCAN_INTERVAL_MS,
      runAtStart: true,
      run: ({ now, signal }) => this.reminders.runOnce(now, signal),
    });
  }
}

/** Reminders as a scheduled job (docs/domain/notifications.md#reminders). */
@Module({
  imports: [
    OutboxModule.forFeature([{ name: REMINDER_MODEL, schema: ReminderSchema }]),
    AuditsModule,
    FindingsModule,
  ],
  providers: [ReminderRepository, SendReminders, ReminderScheduler],
})
export class RemindersModule {}
