import { z } from 'zod';
import { pageOf } from '../identity/identity.schemas';
import { sortablePageQuery } from '../pagination';
import {
  SchemeIdSchema,
  SchemeKindSchema,
  SchemeSchema,
  SchemeShape,
  SchemeSummarySchema,
  SchemeVersionSchema,
} from '../schemes/scheme.schemas';

/** A published scheme version as served: the scheme plus when and by whom it was published. */
export const SchemeResponseSchema = SchemeShape.extend({
  publishedAt: z.string().datetime(),
  publishedBy: z.string(),
});
export type SchemeResponse = z.infer<typeof SchemeResponseSchema>;

export const SchemeRpc = {
  /** Any signed-in user: schemes are platform reference data. Latest version of each scheme. */
  'dossier.schemes.list': {
    request: sortablePageQuery(['schemeId', 'title', 'publishedAt'])
      .extend({
        kind: SchemeKindSchema.optional(),
        /** Matches the id or the title. */
        q: z.string().trim().min(1).max(64).optional(),
      })
      .strict(),
    response: pageOf(SchemeSummarySchema),
  },
  /** Latest published version when `version` is omitted. */
  'dossier.schemes.get': {
    request: z.object({ schemeId: SchemeIdSchema, version: SchemeVersionSchema.optional() }).strict(),
    response: SchemeResponseSchema,
  },
  /** scheme_manager / platform_admin: publishes a new, immutable version (409 if it exists). */
  'dossier.schemes.publish': {
    request: SchemeSchema,
    response: SchemeSummarySchema,
  },
} as const;
