import { z } from 'zod';
import { endNotBefore } from './period';

describe(endNotBefore.name, () => {
  const day = z.string().date();
  const stay = z
    .object({ startDate: day, endDate: day.optional() })
    .strict()
    .refine(...endNotBefore('startDate', 'endDate'));

  it('takes a period of one day or more, and one without an end', () => {
    expect(stay.safeParse({ startDate: '2026-03-02', endDate: '2026-03-02' }).success).toBe(true);
    expect(stay.safeParse({ startDate: '2026-03-02', endDate: '2026-04-01' }).success).toBe(true);
    expect(stay.safeParse({ startDate: '2026-03-02' }).success).toBe(true);
  });

  it('refuses an end before the start, on the end’s field', () => {
    const parsed = stay.safeParse({ startDate: '2026-03-02', endDate: '2026-03-01' });
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ['endDate'], message: 'endDate must not be before startDate' }),
    ]);
  });
});
