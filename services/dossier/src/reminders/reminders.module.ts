import { Module } from '@nestjs/common';
import { OutboxModule } from '@certhub/platform';
import { AuditsModule } from '../audits/audits.module';
import { FindingsModule } from '../findings/findings.module';
import { ReminderRepository } from './reminder.repository';
import { REMINDER_MODEL, ReminderSchema } from './reminder.schema';
import { SendReminders } from './send-reminders/send-reminders.usecase';

/** Reminders as a scheduled job (docs/domain/notifications.md#reminders). */
@Module({
  imports: [
    OutboxModule.forFeature([{ name: REMINDER_MODEL, schema: ReminderSchema }]),
    AuditsModule,
    FindingsModule,
  ],
  providers: [ReminderRepository, SendReminders],
})
export class RemindersModule {}
