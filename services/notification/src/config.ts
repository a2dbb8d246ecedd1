import { EnvSchemas, httpBaseUrl } from '@certhub/platform';
import { z } from 'zod';

const BrandSchema = z.object({
  name: z.string().min(1),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb'),
  logoUrl: z.url({ protocol: /^https?$/ }),
});
export type Brand = z.infer<typeof BrandSchema>;

/** Branding of mails: the platform's own, overridden per certification body or scheme. */
const BrandingSchema = z.object({
  default: BrandSchema.optional(),
  cbs: z.record(z.string(), BrandSchema).default({}),
  schemes: z.record(z.string(), BrandSchema).default({}),
});

/** A JSON variable checked against its schema; problems are reported on the variable itself. */
const json = <T extends z.ZodType>(schema: T) =>
  z.string().transform((raw, ctx): z.infer<T> => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON' });
      return z.NEVER;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: 'custom', message: `${issue.path.join('.')}: ${issue.message}` });
    return z.NEVER;
  });

export const NotificationEnv = EnvSchemas.base
  .extend(EnvSchemas.nats.shape)
  .extend(EnvSchemas.mongo.shape)
  .extend(EnvSchemas.smtp.shape)
  .extend(EnvSchemas.internal.shape)
  // Base of the "go to the action" links in mails and inbox entries.
  .extend(EnvSchemas.portal.shape)
  .extend({
    /** Attempts of one mail before it is recorded as failed for good. */
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
    /** First retry delay; each later one doubles, up to MAIL_RETRY_MAX_MS. */
    MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
    MAIL_RETRY_MAX_MS: z.coerce.number().int().min(10).default(3_600_000),
    /**
     * How long one attempt holds a mail: longer than a send can take with the transport's timeouts
     * (10 s to connect, 10 s to greet, 30 s idle socket). A replica dying mid-send delays the retry
     * by at most this long, and the retry keeps the mail's Message-ID, so the recipient's server
     * drops the copy if the first one had gone through.
     */
    MAIL_LEASE_MS: z.coerce.number().int().min(500).default(60_000),
    /** How often the dispatcher looks for due mails when nothing nudged it. */
    MAIL_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(1_000),
    /** The document service's internal HTTP base, which mail attachments are read from. */
    DOCUMENT_URL: httpBaseUrl('http://document'),
    /**
     * The most bytes of attachments one mail carries, and the largest file a CB may file; what does
     * not fit goes as a line naming the document on the portal.
     */
    MAIL_ATTACHMENTS_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(50 * 1024 ** 2)
      .default(10 * 1024 ** 2),
    MAIL_BRANDING: json(BrandingSchema).default({ cbs: {}, schemes: {} }),
  });

export type NotificationConfig = z.infer<typeof NotificationEnv>;
