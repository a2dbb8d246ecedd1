import { z } from 'zod';

/**
 * One step of an aggregate's trail, as its lifecycle table records it: when, by whom, which
 * action, the status it left (none for the first step) and the one it reached, and what was done.
 */
export const trailEntryOf = <S extends z.ZodType>(status: S) =>
  z.object({
    at: z.string(),
    by: z.string(),
    action: z.string(),
    from: status.optional(),
    to: status,
    what: z.string(),
  });
