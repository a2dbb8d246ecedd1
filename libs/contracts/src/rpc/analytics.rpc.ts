import { z } from 'zod';

export const AnalyticsRpc = {
  'analytics.event-counts': {
    request: z
      .object({
        // `?types=a,b` or `?types=a&types=b`
        types: z
          .preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(z.string().min(1)))
          .optional(),
      })
      .strict(),
    response: z.object({ counts: z.record(z.string(), z.number().int()) }),
  },
} as const;
