import type { z } from 'zod';

/**
 * A `superRefine` step refusing, when NODE_ENV is production, each variable still holding the
 * development default the repository publishes (a realm's client secret, a key): anyone can read
 * it. `refusals` maps the variable to that default and to the message saying what to set instead.
 */
export const refuseDevDefaults =
  <Variable extends string>(refusals: Record<Variable, { value: string; message: string }>) =>
  (env: { NODE_ENV: string } & Record<Variable, unknown>, ctx: z.RefinementCtx): void => {
    if (env.NODE_ENV !== 'production') return;
    for (const variable of Object.keys(refusals) as Variable[]) {
      const { value, message } = refusals[variable];
      if (env[variable] === value) ctx.addIssue({ code: 'custom', path: [variable], message });
    }
  };
