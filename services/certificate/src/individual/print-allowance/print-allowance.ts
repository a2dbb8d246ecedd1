import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { INDIVIDUAL_PRINTS_PER_MONTH, type Principal } from '@certhub/contracts';
import { DomainError, isDuplicateKeyError, tenantScopePlugin } from '@certhub/platform';
import { type Model, Schema } from 'mongoose';

export const PRINT_MODEL = 'IndividualPrint';

/** One certificate's prints by its candidate's side in one calendar month; `tenantId` is the certifier. */
export interface PrintCount {
  _id: string;
  tenantId: string;
  certificateId: string;
  period: string;
  count: number;
  prints: { at: Date; by: string }[];
}

export const PrintCountSchema = new Schema<PrintCount>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    certificateId: { type: String, required: true },
    period: { type: String, required: true },
    count: { type: Number, required: true },
    prints: { type: [Object], default: [] },
  },
  { collection: 'individual_prints', versionKey: false },
);
PrintCountSchema.plugin(tenantScopePlugin);

/** `YYYY-MM` of `now` (UTC) and the first day of the next month. */
export function printPeriod(now: Date): { period: string; nextPeriodOn: string } {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { period: now.toISOString().slice(0, 7), nextPeriodOn: next.toISOString().slice(0, 10) };
}

/**
 * The paper certificate is the certifier's to print and post: the training side downloads the
 * PDF a bounded number of times a month (a lost copy, a second one for the file), so that it does
 * not become the printing channel. Counted before the bytes are sent; a print past the allowance
 * is refused with when it opens again.
 */
@Injectable()
export class PrintAllowance {
  constructor(@InjectModel(PRINT_MODEL) private readonly counts: Model<PrintCount>) {}

  async take(
    principal: Principal,
    certificate: { _id: string; cbId: string },
    now = new Date(),
  ): Promise<void> {
    if (principal.tenantType !== 'network') return;
    const { period, nextPeriodOn } = printPeriod(now);
    try {
      // The filter misses a month already at the limit, so the upsert collides with it: refused.
      await this.counts.updateOne(
        {
          _id: `${certificate._id}:${period}`,
          tenantId: certificate.cbId,
          count: { $lt: INDIVIDUAL_PRINTS_PER_MONTH },
        },
        {
          $inc: { count: 1 },
          $push: { prints: { at: now, by: principal.userId } },
          $setOnInsert: { certificateId: certificate._id, period },
        },
        { upsert: true },
      );
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      throw new DomainError(
        'rate_limited',
        `this certificate was already downloaded ${INDIVIDUAL_PRINTS_PER_MONTH} times this month by the training side: again from ${nextPeriodOn}, or ask the certifier`,
        { limit: INDIVIDUAL_PRINTS_PER_MONTH, period, nextPeriodOn },
      );
    }
  }
}
