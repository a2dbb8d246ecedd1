import { EnvSchemas } from '@certhub/platform';
import { z } from 'zod';

export const ComplaintsEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  // The follow links' signing key is derived from it (complaint-follow-link.ts).
  .extend(EnvSchemas.internal.shape)
  // Base of the private follow links mailed to whoever lodged a complaint.
  .extend(EnvSchemas.portal.shape)
  .extend({
    /** Wait between two passes of the deadline watch (overdue complaints). */
    DEADLINE_SCAN_INTERVAL_MS: z.coerce.number().int().min(1_000).default(3_600_000),
    /** How many days before an appeal's answer deadline its handler and the CB are reminded. */
    APPEAL_DUE_SOON_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  });
export type ComplaintsConfig = z.infer<typeof ComplaintsEnv>;
