import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CloudEvent } from '@certhub/contracts';
import { TenantRepository } from '@certhub/platform';
import type { Model } from 'mongoose';
import { REMINDER_MODEL, type ReminderDoc } from './reminder.schema';

const DUPLICATE_KEY = 11000;

@Injectable()
export class ReminderRepository extends TenantRepository<ReminderDoc> {
  constructor(@InjectModel(REMINDER_MODEL) model: Model<ReminderDoc>) {
    super(model);
  }

  /** Records the reminder with its event; false when it was already sent (its id exists). */
  async sendOnce(reminder: Omit<ReminderDoc, 'outbox'>, event: CloudEvent): Promise<boolean> {
    try {
      await this.model.create({ ...reminder, outbox: [event] });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }
}
